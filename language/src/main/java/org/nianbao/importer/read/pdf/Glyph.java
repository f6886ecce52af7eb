package org.nianbao.importer.read.pdf;

/**
 * One printed character on a page: its text (fonts' radicals already mapped, {@link PdfCharacters}), its
 * horizontal extent and its baseline, in points with y growing downwards from the top of the page.
 */
record Glyph(String text, double x0, double x1, double baseline, double size) {

	double centreX() {
		return (x0 + x1) / 2;
	}

	/** The middle of a CJK character's body, which sits mostly above the baseline. */
	double centreY() {
		return baseline - size * 0.35;
	}

	double top() {
		return baseline - size * 0.85;
	}

	double bottom() {
		return baseline + size * 0.15;
	}
}
