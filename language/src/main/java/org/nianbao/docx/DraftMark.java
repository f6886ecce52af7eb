package org.nianbao.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * A document forced out of a report with errors says so on every page (a header on odd and even pages) and in its
 * properties (status {@value #STATUS}), so that it cannot pass for a finished report.
 */
final class DraftMark {

	static final String STATUS = "draft";
	private static final RunStyle STYLE = RunStyle.font(Fonts.HEADING_1, Fonts.SI_HAO).withBold();

	private DraftMark() {
	}

	static void apply(XWPFDocument document, String mark) {
		for (HeaderFooterType type : new HeaderFooterType[]{HeaderFooterType.DEFAULT, HeaderFooterType.EVEN}) {
			write(document.createHeader(type), mark);
		}
		var core = document.getProperties().getCoreProperties();
		core.setContentStatus(STATUS);
		core.setKeywords("草稿 " + STATUS);
	}

	private static void write(XWPFHeader header, String text) {
		XWPFParagraph paragraph = header.getParagraphs().isEmpty()
				? header.createParagraph()
				: header.getParagraphs().get(0);
		CTP p = paragraph.getCTP();
		(p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewJc().setVal(STJc.CENTER);
		CTR r = p.addNewR();
		CTRPr rPr = r.addNewRPr();
		STYLE.writeTo(rPr);
		rPr.addNewColor().setVal("C00000");
		CTText t = r.addNewT();
		t.setStringValue(text);
	}
}
