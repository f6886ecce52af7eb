package org.nianbao.form;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.ColumnNode;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;

/** Navigation over a form's trees of rows and columns. */
public final class Forms {

	private Forms() {
	}

	public static List<Row> leafRows(Table table) {
		List<Row> rows = new ArrayList<>();
		for (Block block : table.getBlocks()) {
			rows.addAll(leafRows(block));
		}
		return rows;
	}

	public static List<Row> leafRows(Block block) {
		List<Row> rows = new ArrayList<>();
		for (RowNode node : block.getRows()) {
			collectRows(node, rows);
		}
		return rows;
	}

	public static List<Row> leafRows(Form form) {
		List<Row> rows = new ArrayList<>();
		for (Table table : form.getTables()) {
			rows.addAll(leafRows(table));
		}
		return rows;
	}

	/** The rows of a group, at every depth; a row alone. */
	public static List<Row> leafRows(RowNode node) {
		List<Row> rows = new ArrayList<>();
		collectRows(node, rows);
		return rows;
	}

	private static void collectRows(RowNode node, List<Row> out) {
		if (node instanceof Row row) {
			out.add(row);
		} else if (node instanceof RowGroup group) {
			for (RowNode member : group.getMembers()) {
				collectRows(member, out);
			}
		}
	}

	public static List<Column> leafColumns(Block block) {
		List<Column> columns = new ArrayList<>();
		for (ColumnNode node : block.getColumns()) {
			collectColumns(node, columns);
		}
		return columns;
	}

	public static List<Column> leafColumns(Table table) {
		List<Column> columns = new ArrayList<>();
		for (Block block : table.getBlocks()) {
			columns.addAll(leafColumns(block));
		}
		return columns;
	}

	/** The leaf columns under a column node (the node itself when it is a leaf), in order. */
	public static List<Column> leafColumns(ColumnNode node) {
		List<Column> columns = new ArrayList<>();
		collectColumns(node, columns);
		return columns;
	}

	/** How many header rows a column node takes: 1 for a leaf, 1 more than its tallest member for a group. */
	public static int height(ColumnNode node) {
		if (node instanceof ColumnGroup group) {
			int inner = 0;
			for (ColumnNode member : group.getMembers()) {
				inner = Math.max(inner, height(member));
			}
			return 1 + inner;
		}
		return 1;
	}

	/** How many label columns a row node takes: 1 for a leaf, 1 more than its deepest member for a group. */
	public static int depth(RowNode node) {
		if (node instanceof RowGroup group) {
			int inner = 0;
			for (RowNode member : group.getMembers()) {
				inner = Math.max(inner, depth(member));
			}
			return 1 + inner;
		}
		return 1;
	}

	private static void collectColumns(ColumnNode node, List<Column> out) {
		if (node instanceof Column column) {
			out.add(column);
		} else if (node instanceof ColumnGroup group) {
			for (ColumnNode member : group.getMembers()) {
				collectColumns(member, out);
			}
		}
	}

	/** The columns a row's figures are written in, in order. */
	public static List<Column> columnsOf(Row row) {
		Block block = EcoreUtil2.getContainerOfType(row, Block.class);
		return block == null ? List.of() : leafColumns(block);
	}

	/** The columns a row's figures are written in when its computed totals are left out. */
	public static List<Column> inputColumns(Row row) {
		return columnsOf(row).stream().filter(c -> c.getSum() == null).toList();
	}

	public static boolean isComputed(TableNode node) {
		return (node instanceof Row row && row.getSum() != null)
				|| (node instanceof Column column && column.getSum() != null);
	}

	/** Every row (or every column) of a table, groups and their members alike, in the order they are written. */
	public static List<TableNode> nodes(Table table, boolean rows) {
		List<TableNode> out = new ArrayList<>();
		for (Block block : table.getBlocks()) {
			if (rows) {
				block.getRows().forEach(r -> collect(r, out));
			} else {
				block.getColumns().forEach(c -> collect(c, out));
			}
		}
		return out;
	}

	private static void collect(TableNode node, List<TableNode> out) {
		out.add(node);
		if (node instanceof RowGroup group) {
			group.getMembers().forEach(m -> collect(m, out));
		} else if (node instanceof ColumnGroup group) {
			group.getMembers().forEach(m -> collect(m, out));
		}
	}

	/**
	 * The leaves a term of a sum stands for: a leaf stands for itself, a group for its leaves
	 * that are not themselves totals.
	 */
	public static List<TableNode> leavesOf(TableNode term) {
		if (term instanceof RowGroup group) {
			List<Row> rows = new ArrayList<>();
			for (RowNode member : group.getMembers()) {
				collectRows(member, rows);
			}
			return rows.stream().filter(r -> r.getSum() == null).map(TableNode.class::cast).toList();
		}
		if (term instanceof ColumnGroup group) {
			List<Column> columns = new ArrayList<>();
			for (ColumnNode member : group.getMembers()) {
				collectColumns(member, columns);
			}
			return columns.stream().filter(c -> c.getSum() == null).map(TableNode.class::cast).toList();
		}
		return term == null ? List.of() : List.of(term);
	}

	public static Table tableOf(EObject object) {
		return EcoreUtil2.getContainerOfType(object, Table.class);
	}

	public static Form formOf(EObject object) {
		return EcoreUtil2.getContainerOfType(object, Form.class);
	}

	/** The part of the form that shows this table, if any. */
	public static FormPart partShowing(Table table) {
		Form form = formOf(table);
		if (form == null) {
			return null;
		}
		for (FormPart part : form.getParts()) {
			if (part.getTable() == table) {
				return part;
			}
		}
		return null;
	}
}
