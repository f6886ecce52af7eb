package org.nianbao.ide.formatting;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.ColumnNode;
import org.nianbao.nianbao.Row;

/**
 * Where a row's values change from one column group of the form to the next one beside it: table 4's fifteen values
 * are read as 行政复议 | 未经复议直接起诉 | 复议后起诉, five each, and the formatter keeps a wider gap there.
 */
public final class ColumnGaps {

	private ColumnGaps() {
	}

	/** For each value position, whether a group boundary comes before it; null when the count fits no columns. */
	public static boolean[] of(Row row, int valueCount) {
		List<Column> columns = Forms.columnsOf(row);
		if (columns.size() != valueCount) {
			columns = Forms.inputColumns(row);
		}
		if (columns.size() != valueCount) {
			return null;
		}
		boolean[] gaps = new boolean[valueCount];
		for (int i = 1; i < valueCount; i++) {
			gaps[i] = startsGroupAfterGroup(columns.get(i));
		}
		return gaps;
	}

	/** The column is the first of a group (or of a group's group) whose sibling just before it is a group too. */
	private static boolean startsGroupAfterGroup(ColumnNode node) {
		EObject parent = node.eContainer();
		while (parent instanceof ColumnGroup || parent instanceof Block) {
			List<ColumnNode> siblings = parent instanceof ColumnGroup g
					? g.getMembers()
					: ((Block) parent).getColumns();
			int index = siblings.indexOf(node);
			if (index > 0) {
				return node instanceof ColumnGroup && siblings.get(index - 1) instanceof ColumnGroup;
			}
			if (!(parent instanceof ColumnGroup group)) {
				return false;
			}
			node = group;
			parent = group.eContainer();
		}
		return false;
	}
}
