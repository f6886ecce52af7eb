package org.nianbao.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nianbao.eval.TableFigures;
import org.nianbao.eval.TableFigures.Origin;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.ColumnNode;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;

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
 * The figures come from the evaluator's {@link TableFigures#text}, as written or as computed there. Every writer
 * (the Word document, the web page, the editor's preview) draws this grid and derives no layout of its own.
 */
public final class TableLayout {

	public enum Kind {
		TITLE, HEADER, GROUP, LABEL, VALUE
	}

	public enum Merge {
		NONE, RESTART, CONTINUE
	}

	public enum Density {
		LOOSE, MEDIUM, DENSE
	}

	/** Value columns are at least this many characters wide. */
	public static final int MIN_VALUE_CHARS = 3;
	private static final int MIN_LABEL_CHARS = 4;
	private static final int MAX_LABEL_CHARS = 15;
	private static final int OUTER_GROUP_CHARS = 2;
	private static final int INNER_GROUP_CHARS = 4;

	public enum Align {
		LEFT, CENTER
	}

	/** The cell of the report's figures a value slot shows, and where its value comes from. */
	public record Figure(Row row, Column column, Origin origin) {
	}

	/**
	 * One cell of a grid row: where it starts, how many grid columns it spans, whether it merges down and over
	 * how many rows ({@code height}: 1 unmerged, the merged count on the first row, 0 on the rows it covers);
	 * the form's node it labels (null for titles and header text) and, for a value, the figure it shows.
	 */
	public record Slot(int column, int span, Merge merge, int height, Kind kind, String text, TableNode node,
			Figure figure) {

		/** Row labels read left-aligned; headers, titles and figures are centred, as in the official tables. */
		public Align align() {
			return kind == Kind.LABEL ? Align.LEFT : Align.CENTER;
		}
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

	/**
	 * The label columns' widths in characters: the outermost group's two (its label runs down the cells), inner
	 * groups' four (so "（三）不予公开" breaks after its number), the row labels' one more than the longest label
	 * (a line that fits exactly is wrapped), at least four and at most fifteen. Empty when rows have no labels.
	 */
	public int[] labelWidths() {
		int[] widths = new int[labelColumns];
		for (int c = 0; c < labelColumns - 1; c++) {
			widths[c] = c == 0 ? OUTER_GROUP_CHARS : INNER_GROUP_CHARS;
		}
		if (labelColumns > 0) {
			widths[labelColumns - 1] = Math.min(MAX_LABEL_CHARS, Math.max(MIN_LABEL_CHARS, longestLabel() + 1));
		}
		return widths;
	}

	/** How tightly the table is set: few grid columns print large (table 2), many small (tables 3 and 4). */
	public Density density() {
		int columns = gridColumns();
		return columns <= 4 ? Density.LOOSE : columns <= 8 ? Density.MEDIUM : Density.DENSE;
	}

	/** The longest row label in characters, which the label column must hold. */
	public int longestLabel() {
		int longest = 0;
		for (GridRow row : rows) {
			for (Slot slot : row.slots()) {
				if (slot.kind() == Kind.LABEL) {
					longest = Math.max(longest, slot.text().codePointCount(0, slot.text().length()));
				}
			}
		}
		return longest;
	}

	private void layOut(Block block, TableFigures figures) {
		if (block.getTitle() != null && !block.getTitle().isEmpty()) {
			rows.add(new GridRow(
					List.of(new Slot(0, gridColumns(), Merge.NONE, 1, Kind.TITLE, block.getTitle(), null, null)), true,
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
			headerRows = Math.max(headerRows, Forms.height(node));
		}
		List<List<Slot>> header = newRows(headerRows);
		if (labelColumns > 0) {
			String text = block.getHeader() == null ? "" : block.getHeader();
			mergeDown(header, 0, new Slot(0, labelColumns, Merge.NONE, 1, Kind.HEADER, text, null, null), headerRows);
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
				Column column = leaves.get(c);
				String text = figures == null ? "" : figures.text(row, column);
				Figure figure = new Figure(row, column, figures == null ? Origin.MISSING : figures.origin(row, column));
				data.get(r).add(new Slot(start[c], span[c], Merge.NONE, 1, Kind.VALUE, text, row, figure));
			}
			rows.add(new GridRow(sorted(data.get(r)), false, r == rowLeaves.size() - 1));
		}
	}

	/** A column label at {@code top}, merged down over what its subtree leaves free of the {@code available} rows. */
	private static void placeColumn(ColumnNode node, int top, int available, List<List<Slot>> header,
			List<Column> leaves, int[] start, int[] span) {
		List<Column> under = Forms.leafColumns(node);
		int first = leaves.indexOf(under.get(0));
		int width = 0;
		for (Column leaf : under) {
			width += span[leaves.indexOf(leaf)];
		}
		if (node instanceof ColumnGroup group) {
			int below = 0;
			for (ColumnNode member : group.getMembers()) {
				below = Math.max(below, Forms.height(member));
			}
			int own = available - below;
			mergeDown(header, top,
					new Slot(start[first], width, Merge.NONE, 1, Kind.HEADER, group.getLabel(), group, null), own);
			for (ColumnNode member : group.getMembers()) {
				placeColumn(member, top + own, below, header, leaves, start, span);
			}
		} else {
			mergeDown(header, top,
					new Slot(start[first], width, Merge.NONE, 1, Kind.HEADER, node.getLabel(), node, null), available);
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
				inner = Math.max(inner, Forms.depth(member));
			}
			int own = available - inner;
			int count = 0;
			for (RowNode member : group.getMembers()) {
				count += placeRow(member, left + own, inner, firstRow + count, data);
			}
			Slot slot = new Slot(left, own, Merge.NONE, 1, Kind.GROUP, group.getLabel(), group, null);
			mergeDown(data, firstRow, slot, count);
			return count;
		}
		String label = node.getLabel() == null ? "" : node.getLabel();
		data.get(firstRow).add(new Slot(left, available, Merge.NONE, 1, Kind.LABEL, label, node, null));
		return 1;
	}

	/** Puts {@code slot} in row {@code top} and, when it is taller than one row, continuation cells below. */
	private static void mergeDown(List<List<Slot>> rows, int top, Slot slot, int height) {
		if (height <= 1) {
			rows.get(top).add(slot);
			return;
		}
		rows.get(top).add(new Slot(slot.column(), slot.span(), Merge.RESTART, height, slot.kind(), slot.text(),
				slot.node(), null));
		for (int r = top + 1; r < top + height; r++) {
			rows.get(r)
					.add(new Slot(slot.column(), slot.span(), Merge.CONTINUE, 0, slot.kind(), "", slot.node(), null));
		}
	}

	private static int labelDepth(Block block) {
		boolean labelled = false;
		int depth = 0;
		for (RowNode node : block.getRows()) {
			depth = Math.max(depth, Forms.depth(node));
			labelled |= node instanceof RowGroup;
		}
		for (Row row : Forms.leafRows(block)) {
			labelled |= row.getLabel() != null && !row.getLabel().isBlank();
		}
		// A block whose rows carry no labels (table 4) prints only its value cells, unless it has header text.
		return labelled || (block.getHeader() != null && !block.getHeader().isEmpty()) ? depth : 0;
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
