package org.nianbao.tests.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.html.HtmlWriter;
import org.nianbao.tests.docx.Docs;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.ReportText;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.TestInjector;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Word document and the web page print the same document: every example (the county's and the deliberately
 * wrong ones too) rendered both ways reads the same, block by block — each title line, heading, paragraph, image
 * caption, table (its cells in reading order) and signature line, in the same order.
 */
class WordAndWebTest {

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> files = Files.walk(TestFiles.examples())) {
			return files.filter(f -> f.toString().endsWith(".nianbao")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleReadsTheSameInWordAndOnTheWeb(Path example) {
		Docs.Generated generated = Docs.generate(example);
		List<String> word = word(generated.document());
		List<String> web = web(Pages.page(generated));
		assertTrue(word.size() > 5, () -> example + " prints almost nothing: " + word);
		assertEquals(String.join("\n", word), String.join("\n", web), example.toString());
	}

	@Test
	void aReportNotYetPublishedIsSignedOnTheWebAsInWord(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("draft.nianbao");
		String text = ReportText.ANHE_2024.replaceFirst("\n\\s*published [^\n]*", "");
		assertTrue(!text.contains("published"), "the fixture still has its publication date");
		Files.writeString(file, text);
		Docs.Generated generated = Docs.generate(file);
		List<String> word = word(generated.document());
		List<String> web = web(Pages.page(generated));
		String organ = generated.report().getOrgan().strip();
		assertEquals(organ, word.get(word.size() - 1));
		assertEquals(organ, web.get(web.size() - 1));
		assertEquals(word, web);
	}

	@Test
	void aForcedDraftSaysSoOnTheWebAsInWord() throws IOException {
		LoadedReport loaded = LoadedReport.of(Docs.example("anhe-scjg-2024"));
		java.io.ByteArrayOutputStream page = new java.io.ByteArrayOutputStream();
		TestInjector.get(HtmlWriter.class).write(loaded.report(), page, 3);
		java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
		TestInjector.get(org.nianbao.docx.DocxGenerator.class).write(loaded.report(), docx, 3);
		String header = new XWPFDocument(new java.io.ByteArrayInputStream(docx.toByteArray())).getHeaderList().get(0)
				.getText().strip();
		assertTrue(header.contains("3 个错误"), header);
		Element draft = Pages.elements(Pages.parse(page.toString(StandardCharsets.UTF_8)).getDocumentElement(), "p")
				.stream().filter(p -> p.getAttribute("class").equals("draft")).findFirst().orElseThrow();
		assertEquals(header, draft.getTextContent());
	}

	/** The document's body as a reader sees it: each non-empty paragraph, each table as its non-empty cells. */
	private static List<String> word(XWPFDocument document) {
		List<String> blocks = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				add(blocks, paragraph.getText());
			} else if (element instanceof XWPFTable table) {
				List<String> cells = new ArrayList<>();
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						add(cells, cell.getText());
					}
				}
				blocks.add("表格｜" + String.join("｜", cells));
			}
		}
		return blocks;
	}

	/** The page's article the same way: title lines, headings, paragraphs, captions, tables, signature lines. */
	private static List<String> web(String html) {
		Element article = Pages.elements(Pages.parse(html).getDocumentElement(), "article").get(0);
		List<String> blocks = new ArrayList<>();
		walk(article, blocks);
		return blocks;
	}

	private static void walk(Element element, List<String> blocks) {
		String tag = element.getLocalName();
		if (tag.equals("h1")) {
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child.getNodeType() == Node.TEXT_NODE) {
					add(blocks, child.getTextContent());
				}
			}
		} else if (tag.equals("table")) {
			List<String> cells = new ArrayList<>();
			Pages.grid(element).forEach(cell -> add(cells, cell.text()));
			blocks.add("表格｜" + String.join("｜", cells));
		} else if (tag.equals("p") && element.getAttribute("class").equals("draft")) {
			return; // Word prints the draft mark in the page header, not in the body
		} else if (tag.matches("h[2-6]|p|figcaption")
				|| tag.equals("span") && element.getAttribute("class").equals("missing")) {
			add(blocks, element.getTextContent());
		} else {
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element inner) {
					walk(inner, blocks);
				}
			}
		}
	}

	/** Text as read: line breaks inside a label and Word's non-breaking hyphen are how it is set, not what it says. */
	private static void add(List<String> blocks, String text) {
		String read = text.replace('\u2011', '-').replaceAll("\\s+", "");
		if (!read.isEmpty()) {
			blocks.add(read);
		}
	}
}
