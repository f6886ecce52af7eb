package org.nianbao.docx;

/**
 * Column widths (twips) and type size for a laid-out table, so that it fits the 156 mm text block:
 * the outermost group label column two characters wide, inner group columns four (so "（三）不予公开"
 * breaks after its number), value columns at least three characters, the leaf label column taking what is
 * left up to fifteen characters, value columns sharing the rest.
 */
final class TableWidths {

	/** Left and right cell margin, each. */
	static final int CELL_MARGIN = 57;
	private static final int MIN_VALUE_CHARS = 3;
	private static final int MAX_LABEL_CHARS = 15;
	private static final int OUTER_GROUP_CHARS = 2;
	private static final int INNER_GROUP_CHARS = 4;

	private TableWidths() {
	}

	/**
	 * One size for every table, so tables on the same page look alike: 小五, the size at which table 3 (about
	 * 196 mm at 小五) fits on one page of the 225 mm text block; 五号 would not.
	 */
	static int fontSize(TableLayout layout) {
		return Fonts.XIAO_WU;
	}

	/** A row's least height: room around one line of text, as printed tables have. */
	static int rowHeight(int halfPoints) {
		return halfPoints * 16;
	}

	static int[] of(TableLayout layout, int halfPoints) {
		int total = PageSetup.textWidth();
		int character = halfPoints * 10;
		int labels = layout.labelColumns();
		int values = layout.valueColumns();
		int[] widths = new int[labels + values];
		if (labels == 0) {
			spread(widths, 0, values, total);
			return widths;
		}
		int groups = 0;
		for (int c = 0; c < labels - 1; c++) {
			widths[c] = (c == 0 ? OUTER_GROUP_CHARS : INNER_GROUP_CHARS) * character + 2 * CELL_MARGIN;
			groups += widths[c];
		}
		int minValue = MIN_VALUE_CHARS * character + 2 * CELL_MARGIN;
		// One character more than the longest label: word processors wrap a line that fits exactly.
		int wanted = Math.min(MAX_LABEL_CHARS, Math.max(4, longestLabel(layout) + 1));
		int label = Math.min(wanted * character + 2 * CELL_MARGIN, total - groups - values * minValue);
		label = Math.max(label, 2 * character + 2 * CELL_MARGIN);
		widths[labels - 1] = label;
		spread(widths, labels, values, total - groups - label);
		return widths;
	}

	private static int longestLabel(TableLayout layout) {
		int longest = 0;
		for (TableLayout.GridRow row : layout.rows()) {
			for (TableLayout.Slot slot : row.slots()) {
				if (slot.kind() == TableLayout.Kind.LABEL) {
					longest = Math.max(longest, slot.text().codePointCount(0, slot.text().length()));
				}
			}
		}
		return longest;
	}

	private static void spread(int[] widths, int from, int count, int total) {
		int each = total / count;
		for (int c = 0; c < count; c++) {
			widths[from + c] = c == count - 1 ? total - each * (count - 1) : each;
		}
	}
}
