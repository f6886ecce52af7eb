package org.nianbao.tests.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.tests.docx.Docs;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The web page's tables are the Word document's tables: for every example, the same cells at the same places with
 * the same horizontal and vertical merges and the same text — both drawn from one layout and one evaluation.
 */
class HtmlTablesTest {

	static Stream<String> examples() {
		return Stream.concat(Docs.EXAMPLES.stream(),
				Stream.of("county/anhe-county-2024", "county/chengguan-2024", "anhe-scjg-2023"));
	}

	/** A merged cell as both writers must show it: where it starts, how far it spans each way, and its text. */
	private record Merged(int row, int column, int columns, int rows, String text) {
	}

	@ParameterizedTest
	@MethodSource("examples")
	void mergedCellsAndValuesAreTheWordDocumentsOwn(String example) {
		Docs.Generated generated = Docs.generate(Docs.example(example));
		List<XWPFTable> word = generated.document().getTables();
		List<Element> html = Pages.tables(Pages.parse(Pages.page(generated)));
		assertEquals(word.size(), html.size());
		for (int t = 0; t < word.size(); t++) {
			assertEquals(fromWord(word.get(t)), fromHtml(html.get(t)), example + ", table " + (t + 1));
		}
	}

	private static List<Merged> fromWord(XWPFTable table) {
		List<List<Docs.Cell>> grid = Docs.grid(table);
		List<Merged> cells = new ArrayList<>();
		for (List<Docs.Cell> row : grid) {
			for (Docs.Cell cell : row) {
				if (cell.merge() != Docs.Merge.CONTINUE) {
					int rows = cell.merge() == Docs.Merge.RESTART ? Docs.height(grid, cell) : 1;
					cells.add(new Merged(cell.row(), cell.column(), cell.span(), rows, cell.text()));
				}
			}
		}
		return cells;
	}

	private static List<Merged> fromHtml(Element table) {
		return Pages.grid(table).stream()
				.map(c -> new Merged(c.row(), c.column(), c.colspan(), c.rowspan(), c.text())).toList();
	}

	@Test
	void headerCellsHaveScopesAndComputedCellsSaySo() {
		Docs.Generated generated = Docs.generate(Docs.example("anhe-scjg-2024"));
		Document page = Pages.parse(Pages.page(generated));
		Element table3 = Pages.tables(page).get(1);
		List<Pages.Cell> grid = Pages.grid(table3);
		Pages.Cell applicants = grid.stream().filter(c -> c.text().equals("申请人情况")).findFirst().orElseThrow();
		assertEquals("th", applicants.element().getLocalName());
		assertEquals("colgroup", applicants.element().getAttribute("scope"));
		Pages.Cell results = grid.stream().filter(c -> c.text().equals("三、本年度办理结果")).findFirst().orElseThrow();
		assertEquals("rowgroup", results.element().getAttribute("scope"));
		Pages.Cell secret = grid.stream().filter(c -> c.text().equals("1.属于国家秘密")).findFirst().orElseThrow();
		assertEquals("row", secret.element().getAttribute("scope"));
		List<Pages.Cell> secretRow = grid.stream()
				.filter(c -> c.row() == secret.row() && c.element().getLocalName().equals("td")).toList();
		// 国家秘密 is written without its 总计: the evaluator computes it and the page marks it computed
		assertEquals("computed", secretRow.get(secretRow.size() - 1).element().getAttribute("class"));
		assertEquals("", secretRow.get(0).element().getAttribute("class"));
		assertEquals(1, Pages.elements(table3, "caption").size());
		assertEquals("收到和处理政府信息公开申请情况", Pages.elements(table3, "caption").get(0).getTextContent());
		assertEquals(1, Pages.elements(table3, "thead").size(), "a single block's header repeats on printed pages");
	}

	@Test
	void thePageIsSelfContainedChineseAndNamesItsGenerator() {
		String html = Pages.page(Docs.generate(Docs.example("anhe-scjg-2024")));
		Document page = Pages.parse(html);
		assertEquals("zh-CN", page.getDocumentElement().getAttribute("lang"));
		assertTrue(Pages.elements(page.getDocumentElement(), "meta").stream()
				.anyMatch(m -> m.getAttribute("name").equals("generator")
						&& m.getAttribute("content").startsWith("Nianbao")));
		for (String tag : List.of("link", "script", "img", "iframe")) {
			assertEquals(List.of(), Pages.elements(page.getDocumentElement(), tag).stream()
					.filter(e -> !e.getAttribute("src").startsWith("data:")).toList(), tag);
		}
		assertTrue(!html.contains("http://") && !html.contains("https://") && !html.contains("@import"),
				"no external resource");
		assertTrue(html.contains("全年新收政府信息公开申请<span class=\"figure\">41</span>件"), "a cited figure is printed");
		assertTrue(html.contains("<time datetime=\"2025-01-24\">2025年1月24日</time>"));
	}
}
