package org.nianbao.docx;

import org.nianbao.layout.TableLayout;

/**
 * Column widths (twips) and type size for a laid-out table, so that it fits the 156 mm text block: the label
 * columns as wide as {@link TableLayout#labelWidths} says, as far as value columns keep their least width, value
 * columns sharing the rest.
 */
final class TableWidths {

	/** Left and right cell margin, each. */
	static final int CELL_MARGIN = 57;

	private TableWidths() {
	}

	/** 四号 for small tables like table 2, smaller as more columns share the width (小五 for tables 3 and 4). */
	static int fontSize(TableLayout layout) {
		return switch (layout.density()) {
		case LOOSE -> Fonts.SI_HAO;
		case MEDIUM -> Fonts.WU_HAO;
		case DENSE -> Fonts.XIAO_WU;
		};
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
		int[] chars = layout.labelWidths();
		int groups = 0;
		for (int c = 0; c < labels - 1; c++) {
			widths[c] = chars[c] * character + 2 * CELL_MARGIN;
			groups += widths[c];
		}
		int minValue = TableLayout.MIN_VALUE_CHARS * character + 2 * CELL_MARGIN;
		int label = Math.min(chars[labels - 1] * character + 2 * CELL_MARGIN, total - groups - values * minValue);
		label = Math.max(label, 2 * character + 2 * CELL_MARGIN);
		widths[labels - 1] = label;
		spread(widths, labels, values, total - groups - label);
		return widths;
	}

	private static void spread(int[] widths, int from, int count, int total) {
		int each = total / count;
		for (int c = 0; c < count; c++) {
			widths[from + c] = c == count - 1 ? total - each * (count - 1) : each;
		}
	}
}
