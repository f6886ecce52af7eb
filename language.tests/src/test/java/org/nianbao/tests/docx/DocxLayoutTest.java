package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** The page layout a typesetter would otherwise fix by hand, checked on the re-opened documents. */
class DocxLayoutTest {

	private static boolean keepNext(XWPFTableRow row) {
		return row.getTableCells().stream().allMatch(c -> c.getParagraphs().get(0).getCTP().getPPr().isSetKeepNext());
	}

	@Test
	void table3StaysWholeAndTable2BreaksOnlyBetweenBlocks() {
		for (String example : Docs.EXAMPLES) {
			XWPFDocument document = Docs.generate(Docs.example(example)).document();
			for (XWPFTable table : document.getTables()) {
				List<XWPFTableRow> rows = table.getRows();
				for (XWPFTableRow row : rows) {
					assertTrue(row.getCtRow().getTrPr().sizeOfCantSplitArray() == 1, "rows never split");
				}
				assertFalse(keepNext(rows.get(rows.size() - 1)), "the last row lets the page go on");
			}
			List<XWPFTableRow> table3 = document.getTables().get(1).getRows();
			for (int i = 0; i < table3.size() - 1; i++) {
				assertTrue(keepNext(table3.get(i)), example + ": table 3 row " + i + " keeps with the next");
			}
			List<XWPFTableRow> table2 = document.getTables().get(0).getRows();
			long breaks = table2.stream().filter(r -> !keepNext(r)).count();
			assertEquals(4, breaks, "table 2 may break after each of its four blocks, nowhere else");
			int titles = 0;
			for (int i = 0; i < table2.size(); i++) {
				if (table2.get(i).getTableCells().size() == 1
						&& table2.get(i).getCell(0).getText().startsWith("第二十条")) {
					titles++;
					assertTrue(i == 0 || !keepNext(table2.get(i - 1)), "a block starts after a possible break");
				}
			}
			assertEquals(4, titles);
		}
	}

	@Test
	void everyTableHasOneTypeSize() {
		Set<BigInteger> sizes = new HashSet<>();
		for (String example : Docs.EXAMPLES) {
			for (XWPFTable table : Docs.generate(Docs.example(example)).document().getTables()) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						for (CTR r : cell.getParagraphs().get(0).getCTP().getRList()) {
							sizes.add((BigInteger) r.getRPr().getSzArray(0).getVal());
						}
					}
				}
			}
		}
		assertEquals(Set.of(BigInteger.valueOf(18)), sizes, "小五 everywhere");
	}

	@Test
	void labelsBreakBetweenWords() {
		XWPFTable table3 = Docs.generate(Docs.example("anhe-scjg-2024")).document().getTables().get(1);
		List<String> lines = table3.getRows().stream().flatMap(r -> r.getTableCells().stream())
				.map(c -> String.join("|", c.getParagraphs().get(0).getCTP().getRList().stream()
						.flatMap(r -> java.util.stream.Stream
								.of(r.xmlText().replaceAll("<w:br/>", "\u0001").replaceAll("<[^>]+>", "")))
						.toList()))
				.toList();
		for (String expected : List.of("商业\u0001企业", "社会\u0001公益\u0001组织", "法律\u0001服务\u0001机构", "（三）\u0001不予公开",
				"（四）\u0001无法提供")) {
			assertTrue(lines.contains(expected), expected + " in " + lines);
		}
	}

	@Test
	void titleContactHeadingsAndSignature(@TempDir Path dir) throws Exception {
		Docs.Generated anhe = Docs.generate(Docs.example("anhe-scjg-2024"));
		XWPFDocument document = anhe.document();
		XWPFStyle title = document.getStyles().getStyle("Title");
		assertEquals(STLineSpacingRule.EXACT, title.getCTStyle().getPPr().getSpacing().getLineRule());
		assertEquals(BigInteger.valueOf(640), title.getCTStyle().getPPr().getSpacing().getLine());
		assertTrue(title.getCTStyle().getPPr().isSetSnapToGrid(), "the title is off the body grid");

		XWPFParagraph contact = document.getParagraphs().stream().filter(p -> p.getText().startsWith("联系方式："))
				.findFirst().orElseThrow();
		assertEquals(STJc.LEFT, contact.getCTP().getPPr().getJc().getVal(), "the contact line is not justified");
		assertTrue(contact.getCTP().xmlText().contains("noBreakHyphen"), "no break inside 0123-4567890");

		List<IBodyElement> body = document.getBodyElements();
		for (int i = 1; i < body.size(); i++) {
			if (body.get(i - 1) instanceof XWPFTable && body.get(i) instanceof XWPFParagraph heading
					&& "Heading1".equals(heading.getStyle())) {
				assertTrue(heading.getCTP().getPPr().getSpacing().getBefore() instanceof BigInteger before
						&& before.signum() > 0, heading.getText());
			}
		}

		int organ = indexOf(body, "安和县市场监督管理局");
		for (int i = organ - 2; i < organ + 1; i++) {
			assertTrue(((XWPFParagraph) body.get(i)).getCTP().getPPr().isSetKeepNext(),
					"the signature keeps with the last paragraph");
		}

		String unpublished = Files.readString(Docs.example("anhe-scjg-2024")).replace("  published 2025-01-24\n", "");
		Path report = Files.writeString(dir.resolve("anhe-scjg-2024.nianbao"), unpublished);
		Files.copy(Docs.example("anhe-scjg-2023"), dir.resolve("anhe-scjg-2023.nianbao"));
		List<XWPFParagraph> paragraphs = Docs.generate(report).document().getParagraphs();
		assertEquals("安和县市场监督管理局", paragraphs.get(paragraphs.size() - 1).getText(),
				"the organ signs before publication");
	}

	private static int indexOf(List<IBodyElement> body, String text) {
		for (int i = body.size() - 1; i >= 0; i--) {
			if (body.get(i) instanceof XWPFParagraph p && p.getText().equals(text)) {
				return i;
			}
		}
		throw new AssertionError(text);
	}
}
