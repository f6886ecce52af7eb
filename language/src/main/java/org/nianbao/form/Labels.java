package org.nianbao.form;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;

/** The short names by which messages speak of rows and columns, as a clerk reads them on the printed table. */
public final class Labels {

	private Labels() {
	}

	/**
	 * A row by its number as printed ("一", "三（七）"), or its label when it has none, or its name when it has no
	 * printed label either (table 4's one row of figures).
	 */
	public static String row(RowNode row) {
		if (row.getCode() != null && !row.getCode().isEmpty()) {
			return row.getCode();
		}
		return row.getLabel() == null || row.getLabel().isBlank() ? row.getName() : row.getLabel();
	}

	/**
	 * A column by its printed label; where the same label is printed over several groups
	 * (结果维持 under 行政复议 and twice under 行政诉讼), the group's label goes first.
	 */
	public static String column(Column column) {
		String label = column.getLabel();
		Table table = Forms.tableOf(column);
		if (table == null) {
			return label;
		}
		long same = Forms.leafColumns(table).stream().filter(c -> label.equals(c.getLabel())).count();
		EObject parent = column.eContainer();
		if (same > 1 && parent instanceof ColumnGroup group) {
			return group.getLabel() + label;
		}
		return label;
	}

	public static String node(TableNode node) {
		if (node instanceof Column column) {
			return column(column);
		}
		if (node instanceof RowNode row) {
			return row(row);
		}
		return node.getLabel();
	}

	/** "一 + 二", "三（七）+ 四": no space before "+" after a full-width bracket, as printed in the format's notes. */
	public static String joinTerms(List<String> terms) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < terms.size(); i++) {
			if (i > 0) {
				out.append(out.charAt(out.length() - 1) == '）' ? "+ " : " + ");
			}
			out.append(terms.get(i));
		}
		return out.toString();
	}
}
