package org.nianbao.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.ColumnNode;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;

/**
 * A table of the form laid out on a grid, as the official tables print it, from the form's trees alone:
 * <ul>
 * <li>each block: a title row over the full width (if titled), its header rows, its data rows;</li>
 * <li>the row labels take the left grid columns: a group's label is merged down over its rows, and a row
 * shallower than the deepest one stretches its label to the right;</li>
 * <li>the column labels take the header rows: a group's label spans its columns, and whatever is shallower
 * than the deepest column stretches down, so all leaf labels sit on the header's bottom line;</li>
 * <li>the top-left cell holds the block's header text (信息内容, or table 3's note) over all header rows;</li>
 * <li>a block with fewer columns than the grid spreads them, so table 2's single value columns span three.</li>
 * </ul>
 * The figures come from the evaluator's {@link TableFigures#text}, as written or as computed there.
 */
public final class TableLayout {

	public enum Kind {
		TITLE, HEADER, GROUP, LABEL, VALUE
	}

	public enum Merge {
		NONE, RESTART, CONTINUE
	}

	/** One cell of a grid row: where it starts, how many grid columns it spans, and whether it merges down. */
	public record Slot(int column, int span, Merge merge, Kind kind, String text) {
	}

	/** A row of the grid; {@code endsBlock} marks the last row of a block, where a page may break. */
	public record GridRow(List<Slot> slots, boolean header, boolean endsBlock) {
	}

	private final int labelColumns;
	private final int valueColumns;
	private final List<GridRow> rows = new ArrayList<>();
	private final boolean repeatHeader;

	private TableLayout(Table table, TableFigures figures) {
		int labels = 0;
		int values = 1;
		for (Block block : table.getBlocks()) {
			labels = Math.max(labels, labelDepth(block));
			values = Math.max(values, Forms.leafColumns(block).size());
		}
		this.labelColumns = labels;
		this.valueColumns = values;
		// Only a single block's header can repeat truthfully: table 2's first header would mislabel its later blocks.
		this.repeatHeader = table.getBlocks().size() == 1;
		for (Block block : table.getBlocks()) {
			layOut(block, figures);
		}
	}

	public static TableLayout of(Table table, TableFigures figures) {
		return new TableLayout(table, figures);
	}

	public int labelColumns() {
		return labelColumns;
	}

	public int valueColumns() {
		return valueColumns;
	}

	public int gridColumns() {
		return labelColumns + valueColumns;
	}

	public List<GridRow> rows() {
		return rows;
	}

	public boolean repeatHeader() {
		return repeatHeader;
	}

	private void layOut(Block block, TableFigures figures) {
		if (block.getTitle() != null && !block.getTitle().isEmpty()) {
			rows.add(new GridRow(List.of(new Slot(0, gridColumns(), Merge.NONE, Kind.TITLE, block.getTitle())), true,
					false));
		}
		List<Column> leaves = Forms.leafColumns(block);
		int[] start = new int[leaves.size()];
		int[] span = new int[leaves.size()];
		int at = labelColumns;
		for (int i = 0; i < leaves.size(); i++) {
			// Spread the block's columns over the grid: the first ones take any remainder.
			span[i] = valueColumns / leaves.size() + (i < valueColumns % leaves.size() ? 1 : 0);
			start[i] = at;
			at += span[i];
		}
		int headerRows = 0;
		for (ColumnNode node : block.getColumns()) {
			headerRows = Math.max(headerRows, height(node));
		}
		List<List<Slot>> header = newRows(headerRows);
		if (labelColumns > 0) {
			String text = block.getHeader() == null ? "" : block.getHeader();
			mergeDown(header, 0, new Slot(0, labelColumns, Merge.NONE, Kind.HEADER, text), headerRows);
		}
		for (ColumnNode node : block.getColumns()) {
			placeColumn(node, 0, headerRows, header, leaves, start, span);
		}
		for (List<Slot> slots : header) {
			rows.add(new GridRow(sorted(slots), true, false));
		}

		List<Row> rowLeaves = Forms.leafRows(block);
		List<List<Slot>> data = newRows(rowLeaves.size());
		if (labelColumns > 0) {
			int first = 0;
			for (RowNode node : block.getRows()) {
				first += placeRow(node, 0, labelColumns, first, data);
			}
		}
		for (int r = 0; r < rowLeaves.size(); r++) {
			Row row = rowLeaves.get(r);
			for (int c = 0; c < leaves.size(); c++) {
				String text = figures == null ? "" : figures.text(row, leaves.get(c));
				data.get(r).add(new Slot(start[c], span[c], Merge.NONE, Kind.VALUE, text));
			}
			rows.add(new GridRow(sorted(data.get(r)), false, r == rowLeaves.size() - 1));
		}
	}

	/** A column label at {@code top}, merged down over what its subtree leaves free of the {@code available} rows. */
	private static void placeColumn(ColumnNode node, int top, int available, List<List<Slot>> header,
			List<Column> leaves, int[] start, int[] span) {
		List<Column> under = new ArrayList<>();
		collectColumns(node, under);
		int first = leaves.indexOf(under.get(0));
		int width = 0;
		for (Column leaf : under) {
			width += span[leaves.indexOf(leaf)];
		}
		if (node instanceof ColumnGroup group) {
			int below = 0;
			for (ColumnNode member : group.getMembers()) {
				below = Math.max(below, height(member));
			}
			int own = available - below;
			mergeDown(header, top, new Slot(start[first], width, Merge.NONE, Kind.HEADER, group.getLabel()), own);
			for (ColumnNode member : group.getMembers()) {
				placeColumn(member, top + own, below, header, leaves, start, span);
			}
		} else {
			mergeDown(header, top, new Slot(start[first], width, Merge.NONE, Kind.HEADER, node.getLabel()), available);
		}
	}

	/**
	 * A row label from grid column {@code left}; a group's label is merged down over its rows and leaves
	 * its members the columns their subtree needs. Returns the number of data rows covered.
	 */
	private static int placeRow(RowNode node, int left, int available, int firstRow, List<List<Slot>> data) {
		if (node instanceof RowGroup group) {
			int inner = 0;
			for (RowNode member : group.getMembers()) {
				inner = Math.max(inner, depth(member));
			}
			int own = available - inner;
			int count = 0;
			for (RowNode member : group.getMembers()) {
				count += placeRow(member, left + own, inner, firstRow + count, data);
			}
			Slot slot = new Slot(left, own, Merge.NONE, Kind.GROUP, group.getLabel());
			mergeDown(data, firstRow, slot, count);
			return count;
		}
		String label = node.getLabel() == null ? "" : node.getLabel();
		data.get(firstRow).add(new Slot(left, available, Merge.NONE, Kind.LABEL, label));
		return 1;
	}

	/** Puts {@code slot} in row {@code top} and, when it is taller than one row, continuation cells below. */
	private static void mergeDown(List<List<Slot>> rows, int top, Slot slot, int height) {
		if (height <= 1) {
			rows.get(top).add(slot);
			return;
		}
		rows.get(top).add(new Slot(slot.column(), slot.span(), Merge.RESTART, slot.kind(), slot.text()));
		for (int r = top + 1; r < top + height; r++) {
			rows.get(r).add(new Slot(slot.column(), slot.span(), Merge.CONTINUE, slot.kind(), ""));
		}
	}

	private static int labelDepth(Block block) {
		boolean labelled = false;
		int depth = 0;
		for (RowNode node : block.getRows()) {
			depth = Math.max(depth, depth(node));
			labelled |= node instanceof RowGroup;
		}
		for (Row row : Forms.leafRows(block)) {
			labelled |= row.getLabel() != null && !row.getLabel().isBlank();
		}
		// A block whose rows carry no labels (table 4) prints only its value cells, unless it has header text.
		return labelled || (block.getHeader() != null && !block.getHeader().isEmpty()) ? depth : 0;
	}

	private static int depth(RowNode node) {
		if (node instanceof RowGroup group) {
			int inner = 0;
			for (RowNode member : group.getMembers()) {
				inner = Math.max(inner, depth(member));
			}
			return 1 + inner;
		}
		return 1;
	}

	private static int height(ColumnNode node) {
		if (node instanceof ColumnGroup group) {
			int inner = 0;
			for (ColumnNode member : group.getMembers()) {
				inner = Math.max(inner, height(member));
			}
			return 1 + inner;
		}
		return 1;
	}

	private static void collectColumns(ColumnNode node, List<Column> out) {
		if (node instanceof Column column) {
			out.add(column);
		} else if (node instanceof ColumnGroup group) {
			group.getMembers().forEach(m -> collectColumns(m, out));
		}
	}

	private static List<List<Slot>> newRows(int count) {
		List<List<Slot>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new ArrayList<>());
		}
		return rows;
	}

	private static List<Slot> sorted(List<Slot> slots) {
		return slots.stream().sorted(Comparator.comparingInt(Slot::column)).toList();
	}
}
