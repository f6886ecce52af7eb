package org.nianbao.docx;

import java.math.BigInteger;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Run properties, written in the order the schema fixes (rFonts, b, bCs, spacing, sz, szCs):
 * POI writes them in the order its setters are called, and Word drops out-of-order ones.
 *
 * @param font      the font for every slot, East Asian included; null leaves the fonts to the style
 * @param bold      bold
 * @param spacing   character spacing in twentieths of a point; null for none
 * @param halfPoints size in half-points; null leaves the size to the style
 */
record RunStyle(String font, boolean bold, Integer spacing, Integer halfPoints) {

	static RunStyle font(String font, int halfPoints) {
		return new RunStyle(font, false, null, halfPoints);
	}

	static RunStyle size(int halfPoints) {
		return new RunStyle(null, false, null, halfPoints);
	}

	RunStyle withBold() {
		return new RunStyle(font, true, spacing, halfPoints);
	}

	RunStyle withSpacing(int twentieths) {
		return new RunStyle(font, bold, twentieths, halfPoints);
	}

	void writeTo(CTRPr rPr) {
		if (font != null) {
			CTFonts fonts = rPr.addNewRFonts();
			fonts.setAscii(font);
			fonts.setHAnsi(font);
			fonts.setEastAsia(font);
			fonts.setCs(font);
			fonts.setHint(STHint.EAST_ASIA);
		}
		if (bold) {
			rPr.addNewB();
			rPr.addNewBCs();
		}
		if (spacing != null) {
			rPr.addNewSpacing().setVal(BigInteger.valueOf(spacing));
		}
		if (halfPoints != null) {
			rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
			rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		}
	}
}
