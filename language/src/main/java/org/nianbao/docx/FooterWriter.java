package org.nianbao.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * Page numbers as GB/T 9704 prints them: "— N —" in 四号 宋体, on odd pages right-aligned and on even
 * pages left-aligned, each one character in from the edge of the text block.
 */
final class FooterWriter {

	static final String DASH = "\u2014";
	private static final RunStyle STYLE = RunStyle.font(Fonts.PAGE_NUMBER, Fonts.SI_HAO);
	private static final int ONE_CHARACTER = 280;

	private FooterWriter() {
	}

	static void apply(XWPFDocument document) {
		document.setEvenAndOddHeadings(true);
		write(document.createFooter(HeaderFooterType.DEFAULT), STJc.RIGHT);
		write(document.createFooter(HeaderFooterType.EVEN), STJc.LEFT);
	}

	private static void write(XWPFFooter footer, STJc.Enum alignment) {
		XWPFParagraph paragraph = footer.getParagraphs().isEmpty()
				? footer.createParagraph()
				: footer.getParagraphs().get(0);
		CTP p = paragraph.getCTP();
		CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		pPr.addNewPStyle().setVal(Styles.FOOTER);
		if (alignment == STJc.RIGHT) {
			pPr.addNewInd().setRight(BigInteger.valueOf(ONE_CHARACTER));
		} else {
			pPr.addNewInd().setLeft(BigInteger.valueOf(ONE_CHARACTER));
		}
		pPr.addNewJc().setVal(alignment);
		text(p, DASH + " ");
		field(p, STFldCharType.BEGIN);
		CTR instruction = run(p);
		CTText instr = instruction.addNewInstrText();
		instr.setStringValue(" PAGE ");
		instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
		field(p, STFldCharType.SEPARATE);
		text(p, "1");
		field(p, STFldCharType.END);
		text(p, " " + DASH);
	}

	private static CTR run(CTP p) {
		CTR r = p.addNewR();
		STYLE.writeTo(r.addNewRPr());
		return r;
	}

	private static void text(CTP p, String text) {
		CTText t = run(p).addNewT();
		t.setStringValue(text);
		t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
	}

	private static void field(CTP p, STFldCharType.Enum type) {
		run(p).addNewFldChar().setFldCharType(type);
	}
}
