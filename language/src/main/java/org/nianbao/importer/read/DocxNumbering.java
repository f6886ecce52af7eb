package org.nianbao.importer.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering, which is not in a paragraph's text: counts the paragraphs of each list and
 * renders the number the way Word prints it ("一、", "（一）", "1."), from the paragraph's own w:numPr or its
 * style's. Also the outline level a paragraph's style gives it.
 */
final class DocxNumbering {

	private final XWPFNumbering numbering;
	private final XWPFStyles styles;
	private final Map<BigInteger, int[]> counters = new HashMap<>();
	private final Set<BigInteger> startedNums = new HashSet<>();

	DocxNumbering(XWPFDocument document) {
		this.numbering = document.getNumbering();
		this.styles = document.getStyles();
	}

	/** The number Word prints before this paragraph (and counts it), or "" when it is not numbered. */
	String next(Element paragraph) {
		Element pPr = WordXml.child(paragraph, "pPr");
		String numId = null;
		int level = 0;
		Element numPr = pPr == null ? null : WordXml.child(pPr, "numPr");
		if (numPr != null) {
			numId = WordXml.val(WordXml.child(numPr, "numId"));
			level = WordXml.intVal(WordXml.child(numPr, "ilvl"), 0);
		}
		if (numId == null && pPr != null) {
			CTNumPr fromStyle = styleNumPr(WordXml.val(WordXml.child(pPr, "pStyle")));
			if (fromStyle != null && fromStyle.getNumId() != null) {
				numId = fromStyle.getNumId().getVal().toString();
				level = fromStyle.getIlvl() == null ? 0 : fromStyle.getIlvl().getVal().intValue();
			}
		}
		if (numId == null || numbering == null) {
			return "";
		}
		try {
			return render(new BigInteger(numId.strip()), Math.max(0, Math.min(8, level)));
		} catch (NumberFormatException e) {
			return "";
		}
	}

	private String render(BigInteger numId, int level) {
		if (numId.signum() == 0) {
			return ""; // numId 0 switches numbering off
		}
		XWPFNum num = numbering.getNum(numId);
		if (num == null || num.getCTNum().getAbstractNumId() == null) {
			return "";
		}
		BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
		XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
		if (abstractNum == null) {
			return "";
		}
		CTLvl[] levels = new CTLvl[9];
		for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
			int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
			if (i >= 0 && i < 9) {
				levels[i] = lvl;
			}
		}
		int[] count = counters.computeIfAbsent(abstractId, id -> new int[9]);
		if (startedNums.add(numId)) {
			for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
				CTDecimalNumber start = override.getStartOverride();
				int i = override.getIlvl() == null ? -1 : override.getIlvl().intValue();
				if (start != null && i >= 0 && i < 9) {
					count[i] = start.getVal().intValue() - 1;
					for (int deeper = i + 1; deeper < 9; deeper++) {
						count[deeper] = 0;
					}
				}
			}
		}
		CTLvl lvl = levels[level];
		if (lvl == null) {
			return "";
		}
		count[level] = count[level] == 0 && start(lvl) > 1 ? start(lvl) : count[level] + 1;
		for (int deeper = level + 1; deeper < 9; deeper++) {
			count[deeper] = 0;
		}
		String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
		if ("bullet".equals(format) || lvl.getLvlText() == null) {
			return "";
		}
		String text = lvl.getLvlText().getVal();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
				int which = text.charAt(++i) - '1';
				CTLvl other = levels[which];
				String fmt = other == null || other.getNumFmt() == null
						? "decimal"
						: other.getNumFmt().getVal().toString();
				int value = which == level ? count[level] : Math.max(count[which], other == null ? 1 : start(other));
				out.append(NumberFormats.format(value, fmt));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int start(CTLvl lvl) {
		return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
	}

	private CTNumPr styleNumPr(String styleId) {
		CTPPrGeneral pPr = null;
		for (CTStyle style = style(styleId); style != null && pPr == null; style = basedOn(style)) {
			if (style.getPPr() != null && style.getPPr().getNumPr() != null) {
				pPr = style.getPPr();
			}
		}
		return pPr == null ? null : pPr.getNumPr();
	}

	/** 1 or 2 when the paragraph (or its style) has outline level 0 or 1, else 0. */
	int headingLevel(Element paragraph) {
		Element pPr = WordXml.child(paragraph, "pPr");
		if (pPr == null) {
			return 0;
		}
		Element outline = WordXml.child(pPr, "outlineLvl");
		int level = outline == null ? -1 : WordXml.intVal(outline, -1);
		for (CTStyle style = style(WordXml.val(WordXml.child(pPr, "pStyle"))); level < 0
				&& style != null; style = basedOn(style)) {
			if (style.getPPr() != null && style.getPPr().getOutlineLvl() != null) {
				level = style.getPPr().getOutlineLvl().getVal().intValue();
			}
		}
		return level >= 0 && level <= 3 ? level + 1 : 0;
	}

	private CTStyle style(String id) {
		if (id == null || styles == null) {
			return null;
		}
		XWPFStyle style = styles.getStyle(id);
		return style == null ? null : style.getCTStyle();
	}

	private CTStyle basedOn(CTStyle style) {
		if (style.getBasedOn() == null) {
			return null;
		}
		CTStyle parent = style(style.getBasedOn().getVal());
		return parent == style ? null : parent;
	}
}
