package org.nianbao.importer.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.form.Forms;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedTable;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.ColumnNode;
import org.nianbao.nianbao.Row;

/**
 * One row of the form printed as several tables, each under the label of its column group: table 4 as 行政复议 /
 * 未经复议直接起诉 / 复议后起诉 with five figures each (or 行政复议 and 行政诉讼). The pieces are one row only when each
 * printed table names exactly one group, its figures are as many as that group's columns, and together they cover
 * every column once; anything less is left as printed.
 */
final class SplitRow {

	/** One printed table's figures and the column group its header names. */
	record Piece(int table, ColumnNode group, List<String> values) {
	}

	private SplitRow() {
	}

	/**
	 * The group each printed table's header names, by printed table; null when the tables are not one row split by
	 * column groups.
	 */
	static Map<Integer, ColumnNode> groups(Row row, List<PrintedTable> printed) {
		if (printed.size() < 2) {
			return null;
		}
		Block block = EcoreUtil2.getContainerOfType(row, Block.class);
		if (block == null) {
			return null;
		}
		List<ColumnGroup> groups = new ArrayList<>();
		block.getColumns().forEach(c -> collect(c, groups));
		Map<Integer, ColumnNode> named = new LinkedHashMap<>();
		for (int t = 0; t < printed.size(); t++) {
			ColumnGroup group = namedGroup(printed.get(t), groups);
			if (group == null) {
				return null;
			}
			named.put(t, group);
		}
		return named;
	}

	/**
	 * The values of the row in the form's column order, or null when the pieces do not cover every column exactly
	 * once with as many figures as their groups have columns.
	 */
	static List<String> join(Row row, List<Piece> pieces) {
		List<Column> columns = Forms.columnsOf(row);
		String[] values = new String[columns.size()];
		for (Piece piece : pieces) {
			List<Column> own = Forms.leafColumns(piece.group());
			if (own.size() != piece.values().size()) {
				return null;
			}
			for (int i = 0; i < own.size(); i++) {
				int at = columns.indexOf(own.get(i));
				if (at < 0 || values[at] != null) {
					return null;
				}
				values[at] = piece.values().get(i);
			}
		}
		for (String value : values) {
			if (value == null) {
				return null;
			}
		}
		return List.of(values);
	}

	private static void collect(ColumnNode node, List<ColumnGroup> out) {
		if (node instanceof ColumnGroup group) {
			out.add(group);
			group.getMembers().forEach(m -> collect(m, out));
		}
	}

	/**
	 * The one group whose label the table's text cells carry; of nested groups named together (行政诉讼（未经复议直接起诉）)
	 * the innermost. Null when none or several unrelated groups are named.
	 */
	private static ColumnGroup namedGroup(PrintedTable table, List<ColumnGroup> groups) {
		List<String> texts = new ArrayList<>();
		for (List<PrintedCell> cells : table.rows()) {
			for (PrintedCell cell : cells) {
				if (!cell.continued() && !Cells.isValue(cell.text())) {
					texts.add(LabelText.normalise(cell.text()));
				}
			}
		}
		List<ColumnGroup> named = new ArrayList<>();
		for (ColumnGroup group : groups) {
			String label = LabelText.normalise(group.getLabel() == null ? group.getName() : group.getLabel());
			if (!label.isEmpty() && texts.stream().anyMatch(t -> t.contains(label))) {
				named.add(group);
			}
		}
		named.removeIf(
				outer -> named.stream().anyMatch(inner -> inner != outer && EcoreUtil2.isAncestor(outer, inner)));
		return named.size() == 1 ? named.get(0) : null;
	}
}
