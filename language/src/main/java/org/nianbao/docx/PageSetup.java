package org.nianbao.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The GB/T 9704 page: A4 portrait, a 156 × 225 mm text block holding 22 lines of 28 characters. All in twips. */
final class PageSetup {

	static final int PAGE_WIDTH = 11906;
	static final int PAGE_HEIGHT = 16838;
	static final int MARGIN_TOP = 2098; // 37 mm
	static final int MARGIN_BOTTOM = 1985; // 35 mm
	static final int MARGIN_LEFT = 1588; // 28 mm
	static final int MARGIN_RIGHT = 1474; // 26 mm
	static final int HEADER = 851; // 15 mm
	/** Bottom edge to the page number: puts it about 7 mm below the text block. */
	static final int FOOTER = 1247;
	/** 22 lines fill the 225 mm block: 22 × 579 = 12738 twips. */
	static final int LINE_PITCH = 579;
	/** Two 三号 characters. */
	static final int INDENT_TWO_CHARS = 640;
	/** −0.25 pt: 28 三号 characters then fit the 156 mm line. */
	static final int BODY_CHARACTER_SPACING = -5;

	private PageSetup() {
	}

	static int textWidth() {
		return PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
	}

	static void apply(XWPFDocument document) {
		CTSectPr sectPr = document.getDocument().getBody().isSetSectPr()
				? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(HEADER));
		margins.setFooter(BigInteger.valueOf(FOOTER));
		margins.setGutter(BigInteger.ZERO);
		CTDocGrid grid = sectPr.isSetDocGrid() ? sectPr.getDocGrid() : sectPr.addNewDocGrid();
		grid.setType(STDocGrid.LINES);
		grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
	}
}
