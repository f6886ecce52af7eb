package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** GB/T 9704 typesetting of the generated document, read back with POI and as raw XML. */
class DocxTypesettingTest {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** CT_RPr's children in schema order (ECMA-376 Part 1, 17.3.2.28). */
	private static final List<String> RUN_PROPERTY_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
			"smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
			"vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
			"effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
			"specVanish", "oMath");

	private static Docs.Generated anhe;

	@BeforeAll
	static void generate() {
		anhe = Docs.generate(Docs.example("anhe-scjg-2024"));
	}

	@Test
	void a4PortraitWithGbMargins() {
		CTSectPr sectPr = anhe.document().getDocument().getBody().getSectPr();
		CTPageSz size = sectPr.getPgSz();
		assertEquals(11906, twips(size.getW()));
		assertEquals(16838, twips(size.getH()));
		CTPageMar margins = sectPr.getPgMar();
		assertEquals(37.0, mm(margins.getTop()), 0.1);
		assertEquals(35.0, mm(margins.getBottom()), 0.1);
		assertEquals(28.0, mm(margins.getLeft()), 0.1);
		assertEquals(26.0, mm(margins.getRight()), 0.1);
		assertEquals(STDocGrid.LINES, sectPr.getDocGrid().getType());
		int pitch = twips(sectPr.getDocGrid().getLinePitch());
		int textHeight = 16838 - twips(margins.getTop()) - twips(margins.getBottom());
		assertEquals(22, textHeight / pitch, "22 lines to the page");
		assertEquals(156.0, (11906 - twips(margins.getLeft()) - twips(margins.getRight())) / 56.693, 0.1);
	}

	@Test
	void pageNumbersOnOddPagesRightAndEvenPagesLeft() {
		XWPFDocument document = anhe.document();
		assertTrue(document.getSettings().getEvenAndOddHeadings(), "w:evenAndOddHeaders");
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
		checkFooter(policy.getDefaultFooter(), STJc.RIGHT);
		checkFooter(policy.getEvenPageFooter(), STJc.LEFT);
	}

	private static void checkFooter(XWPFFooter footer, STJc.Enum alignment) {
		assertNotNull(footer);
		XWPFParagraph paragraph = footer.getParagraphs().get(0);
		assertEquals(alignment, paragraph.getCTP().getPPr().getJc().getVal());
		String xml = paragraph.getCTP().xmlText();
		assertTrue(xml.contains("instrText") && xml.contains("PAGE"), "a PAGE field: " + xml);
		assertTrue(xml.contains("fldCharType=\"begin\"") && xml.contains("fldCharType=\"end\""), xml);
		String text = paragraph.getText().strip();
		assertTrue(text.matches("\u2014 \\d+ \u2014"), "— N —, got: " + text);
		paragraph.getRuns().forEach(run -> {
			assertEquals("宋体", run.getCTR().getRPr().getRFontsArray(0).getEastAsia());
			assertEquals(28, ((BigInteger) run.getCTR().getRPr().getSzArray(0).getVal()).intValue(), "四号");
		});
	}

	@Test
	void stylesCarryTheGbFontsInTheEastAsianSlot() {
		assertFont("Normal", "仿宋_GB2312", 32);
		assertFont("Title", "方正小标宋简体", 44);
		assertFont("Heading1", "黑体", 32);
		assertFont("Heading2", "楷体_GB2312", 32);
		assertFont("Heading3", "仿宋_GB2312", 32);
		var normal = style("Normal").getCTStyle().getPPr();
		assertEquals(640, twips(normal.getInd().getFirstLine()), "two-character indent");
		assertEquals(579, twips(normal.getSpacing().getLine()));
	}

	@Test
	void headingsHaveOutlineLevels() {
		assertEquals(0, style("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
		assertEquals(1, style("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
		assertEquals(2, style("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
		long headings = anhe.document().getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).count();
		assertEquals(6, headings);
		assertTrue(anhe.document().getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle())
				&& p.getText().equals("（一）主动公开")), "## lines become level-2 headings");
	}

	@Test
	void everyFontDeclarationNamesTheEastAsianFontAndRunPropertiesAreInSchemaOrder() throws Exception {
		int checked = 0;
		for (var part : xmlParts(anhe.bytes())) {
			var document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
					.parse(new ByteArrayInputStream(part));
			NodeList rPrs = document.getElementsByTagNameNS(W, "rPr");
			for (int i = 0; i < rPrs.getLength(); i++) {
				int last = -1;
				for (Node child = rPrs.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
					if (!(child instanceof Element element)) {
						continue;
					}
					int index = RUN_PROPERTY_ORDER.indexOf(element.getLocalName());
					assertTrue(index > last, "w:" + element.getLocalName() + " out of schema order in a w:rPr");
					last = index;
					checked++;
				}
			}
			NodeList fonts = document.getElementsByTagNameNS(W, "rFonts");
			for (int i = 0; i < fonts.getLength(); i++) {
				assertFalse(((Element) fonts.item(i)).getAttributeNS(W, "eastAsia").isEmpty(),
						"w:rFonts without eastAsia");
			}
		}
		assertTrue(checked > 20, "run properties were found and checked");
	}

	private static List<byte[]> xmlParts(byte[] docx) throws Exception {
		List<byte[]> parts = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.getName().startsWith("word/") && entry.getName().endsWith(".xml")) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					zip.transferTo(out);
					parts.add(out.toByteArray());
				}
			}
		}
		assertTrue(parts.size() >= 4, "document, styles, settings and footers");
		return parts;
	}

	private static void assertFont(String styleId, String font, int halfPoints) {
		var rPr = style(styleId).getCTStyle().getRPr();
		assertEquals(font, rPr.getRFontsArray(0).getEastAsia(), styleId);
		assertEquals(halfPoints, ((BigInteger) rPr.getSzArray(0).getVal()).intValue(), styleId);
	}

	private static XWPFStyle style(String id) {
		XWPFStyle style = anhe.document().getStyles().getStyle(id);
		assertNotNull(style, id);
		return style;
	}

	private static int twips(Object value) {
		return ((BigInteger) value).intValue();
	}

	private static double mm(Object value) {
		return twips(value) / 56.693;
	}
}
