package org.nianbao.importer.read.layout;

/** How wide text prints: a CJK or full-width character two columns, any other one (as pdftotext -layout aligns). */
final class Widths {

	private Widths() {
	}

	static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			width += wide(text.codePointAt(i)) ? 2 : 1;
		}
		return width;
	}

	static boolean wide(int c) {
		return (c >= 0x1100
				&& (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3)
						|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
						|| (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD)))
				|| c == 0x201C || c == 0x201D
				|| c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026;
	}
}
