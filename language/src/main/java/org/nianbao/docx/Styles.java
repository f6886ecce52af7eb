package org.nianbao.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The document's styles: body text, the title, four heading levels (with outline levels, for the navigation
 * pane and PDF bookmarks), table text, the closing lines and the page-number footer.
 */
final class Styles {

	static final String NORMAL = "Normal";
	static final String TITLE = "Title";
	static final String HEADING_1 = "Heading1";
	static final String HEADING_2 = "Heading2";
	static final String HEADING_3 = "Heading3";
	static final String HEADING_4 = "Heading4";
	static final String FIGURE = "Figure";
	static final String CAPTION = "Caption";
	static final String TABLE_TEXT = "TableText";
	static final String CLOSING = "Closing";
	static final String FOOTER = "Footer";

	/** The title's line pitch: 22 pt type at 1.45 lines, 32 pt. */
	static final int TITLE_LINE = 640;

	private Styles() {
	}

	static void apply(XWPFDocument document) {
		CTStyles styles = CTStyles.Factory.newInstance();
		var defaults = styles.addNewDocDefaults();
		var defaultRun = defaults.addNewRPrDefault().addNewRPr();
		RunStyle.font(Fonts.BODY, Fonts.SAN_HAO).writeTo(defaultRun);
		// Chinese text: Word then breaks lines and picks fonts by Chinese rules. w:lang comes after w:szCs.
		var lang = defaultRun.addNewLang();
		lang.setVal("en-US");
		lang.setEastAsia("zh-CN");
		defaults.addNewPPrDefault().addNewPPr();

		CTStyle normal = paragraphStyle(styles, NORMAL, "Normal", null);
		normal.setDefault(true);
		normal.addNewQFormat();
		CTPPrGeneral p = normal.addNewPPr();
		p.addNewWidowControl();
		gridLines(p.addNewSpacing());
		var ind = p.addNewInd();
		ind.setFirstLine(BigInteger.valueOf(PageSetup.INDENT_TWO_CHARS));
		ind.setFirstLineChars(BigInteger.valueOf(200));
		p.addNewJc().setVal(STJc.BOTH);
		RunStyle.font(Fonts.BODY, Fonts.SAN_HAO).withSpacing(PageSetup.BODY_CHARACTER_SPACING)
				.writeTo(normal.addNewRPr());

		CTStyle title = paragraphStyle(styles, TITLE, "Title", NORMAL);
		title.addNewQFormat();
		p = title.addNewPPr();
		p.addNewKeepNext();
		// Its own spacing, off the body's 29 pt grid: 22 pt type on that grid took two grid lines a line
		p.addNewSnapToGrid().setVal(STOnOff1.OFF);
		CTSpacing titleSpacing = p.addNewSpacing();
		titleSpacing.setBefore(BigInteger.ZERO);
		titleSpacing.setAfter(BigInteger.ZERO);
		titleSpacing.setLine(BigInteger.valueOf(TITLE_LINE));
		titleSpacing.setLineRule(STLineSpacingRule.EXACT);
		noIndent(p);
		p.addNewJc().setVal(STJc.CENTER);
		RunStyle.font(Fonts.TITLE, Fonts.ER_HAO).withSpacing(0).writeTo(title.addNewRPr());

		heading(styles, HEADING_1, "heading 1", 0, RunStyle.font(Fonts.HEADING_1, Fonts.SAN_HAO));
		heading(styles, HEADING_2, "heading 2", 1, RunStyle.font(Fonts.HEADING_2, Fonts.SAN_HAO));
		// GB/T 9704: the third level "1." and the fourth "（1）" in 仿宋 like the body (the third often bold).
		heading(styles, HEADING_3, "heading 3", 2, RunStyle.font(Fonts.BODY, Fonts.SAN_HAO).withBold());
		heading(styles, HEADING_4, "heading 4", 3, RunStyle.font(Fonts.BODY, Fonts.SAN_HAO));

		// An image's paragraph: centred, no indent, and off the exact line pitch, which would clip the image.
		CTStyle figure = paragraphStyle(styles, FIGURE, "Figure", null);
		p = figure.addNewPPr();
		p.addNewKeepNext();
		p.addNewSnapToGrid().setVal(STOnOff1.OFF);
		CTSpacing figureSpacing = p.addNewSpacing();
		figureSpacing.setBefore(BigInteger.ZERO);
		figureSpacing.setAfter(BigInteger.ZERO);
		figureSpacing.setLine(BigInteger.valueOf(240));
		figureSpacing.setLineRule(STLineSpacingRule.AUTO);
		noIndent(p);
		p.addNewJc().setVal(STJc.CENTER);
		RunStyle.font(Fonts.BODY, Fonts.SAN_HAO).writeTo(figure.addNewRPr());

		CTStyle caption = paragraphStyle(styles, CAPTION, "caption", NORMAL);
		caption.addNewQFormat();
		p = caption.addNewPPr();
		noIndent(p);
		p.addNewJc().setVal(STJc.CENTER);
		RunStyle.font(Fonts.HEADING_2, Fonts.SAN_HAO).writeTo(caption.addNewRPr());

		CTStyle table = paragraphStyle(styles, TABLE_TEXT, "Table Text", null);
		p = table.addNewPPr();
		// Off the document grid, or every line of every cell would take a full 579-twip body line.
		p.addNewSnapToGrid().setVal(STOnOff1.OFF);
		CTSpacing spacing = p.addNewSpacing();
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(240));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		noIndent(p);
		p.addNewJc().setVal(STJc.CENTER);
		RunStyle.font(Fonts.BODY, Fonts.WU_HAO).writeTo(table.addNewRPr());

		CTStyle closing = paragraphStyle(styles, CLOSING, "Closing", NORMAL);
		p = closing.addNewPPr();
		noIndent(p);
		p.addNewJc().setVal(STJc.RIGHT);

		CTStyle footer = paragraphStyle(styles, FOOTER, "footer", null);
		p = footer.addNewPPr();
		p.addNewSnapToGrid().setVal(STOnOff1.OFF);
		spacing = p.addNewSpacing();
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(240));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		RunStyle.font(Fonts.PAGE_NUMBER, Fonts.SI_HAO).writeTo(footer.addNewRPr());

		document.createStyles().setStyles(styles);
	}

	/** The style of a heading level: 1 for a part, 2 for "##", 3 for "###", 4 for "####". */
	static String heading(int level) {
		return switch (level) {
		case 1 -> HEADING_1;
		case 2 -> HEADING_2;
		case 3 -> HEADING_3;
		default -> HEADING_4;
		};
	}

	private static void heading(CTStyles styles, String id, String name, int outlineLevel, RunStyle run) {
		CTStyle style = paragraphStyle(styles, id, name, NORMAL);
		style.addNewNext().setVal(NORMAL);
		style.addNewQFormat();
		CTPPrGeneral p = style.addNewPPr();
		p.addNewKeepNext();
		p.addNewKeepLines();
		p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		run.writeTo(style.addNewRPr());
	}

	private static CTStyle paragraphStyle(CTStyles styles, String id, String name, String basedOn) {
		CTStyle style = styles.addNewStyle();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		}
		return style;
	}

	private static void gridLines(CTSpacing spacing) {
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(PageSetup.LINE_PITCH));
		spacing.setLineRule(STLineSpacingRule.EXACT);
	}

	private static void noIndent(CTPPrGeneral p) {
		var ind = p.addNewInd();
		ind.setFirstLine(BigInteger.ZERO);
		ind.setFirstLineChars(BigInteger.ZERO);
	}
}
