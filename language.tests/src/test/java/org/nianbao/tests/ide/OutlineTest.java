package org.nianbao.tests.ide;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The outline shows parts, tables and rows; parts and tables fold. */
class OutlineTest extends NianbaoServerTest {

	private static final String ANHE = example("anhe-scjg-2024.nianbao");

	/** The example with third- and fourth-level items under （二）, which has none of its own. */
	private static final String LEVELS = ANHE.replace("## （三）政府信息管理\n",
			"### 1.政策解读\n| 发布图文解读4篇。\n#### （1）图解\n| 图解2篇。\n### 2.平台建设\n| 新增专题2个。\n## （三）政府信息管理\n");

	@Test
	void partsTablesAndRowsAreSymbols() {
		List<DocumentSymbol> symbols = new ArrayList<>();
		testDocumentSymbol(c -> {
			c.setModel(ANHE);
			c.setAssertSymbols(list -> list.forEach(e -> symbols.add(e.getRight())));
		});
		Assertions.assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
				symbols.stream().map(DocumentSymbol::getName).toList());
		Assertions.assertEquals(List.of("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"),
				symbols.get(0).getChildren().stream().map(DocumentSymbol::getName).toList());
		DocumentSymbol table = symbols.get(2).getChildren().get(0);
		Assertions.assertEquals("表格", table.getName());
		Assertions.assertEquals(25, table.getChildren().size());
		DocumentSymbol row = table.getChildren().get(1);
		Assertions.assertEquals("上年结转", row.getName());
		Assertions.assertEquals("2 1 0 0 0 0 3", row.getDetail());
		Assertions.assertEquals(lineStartingWith(ANHE, "上年结转"), row.getSelectionRange().getStart().getLine());
	}

	@Test
	void partsAndTablesFold() throws Exception {
		String uri = writeFile("anhe.nianbao", ANHE);
		initialize();
		open(uri, ANHE);
		List<FoldingRange> ranges = languageServer
				.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get();
		int heading = lineStartingWith(ANHE, "# 三、");
		int firstRow = lineStartingWith(ANHE, "本年新收");
		int lastRow = lineStartingWith(ANHE, "结转下年");
		Assertions.assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == heading && r.getEndLine() == lastRow),
				ranges::toString);
		Assertions.assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == firstRow && r.getEndLine() == lastRow),
				ranges::toString);
	}

	@Test
	void thirdAndFourthLevelHeadingsNest() {
		String text = LEVELS;
		List<DocumentSymbol> symbols = new ArrayList<>();
		testDocumentSymbol(c -> {
			c.setModel(text);
			c.setAssertSymbols(list -> list.forEach(e -> symbols.add(e.getRight())));
		});
		Assertions.assertNotEquals(ANHE, text);
		DocumentSymbol first = symbols.get(0).getChildren().get(0);
		Assertions.assertEquals("（一）主动公开", first.getName());
		Assertions.assertEquals(List.of("1.重点领域信息", "2.政策解读"),
				first.getChildren().stream().map(DocumentSymbol::getName).toList());
		DocumentSymbol second = symbols.get(0).getChildren().get(1);
		Assertions.assertEquals("（二）依申请公开", second.getName());
		Assertions.assertEquals(List.of("1.政策解读", "2.平台建设"),
				second.getChildren().stream().map(DocumentSymbol::getName).toList());
		Assertions.assertEquals(List.of("（1）图解"),
				second.getChildren().get(0).getChildren().stream().map(DocumentSymbol::getName).toList());
		Assertions.assertEquals(lineStartingWith(text, "| 新增专题"), second.getRange().getEnd().getLine(),
				"（二） spans its items");
	}

	@Test
	void thirdAndFourthLevelHeadingsFoldWithTheirItems() throws Exception {
		String text = LEVELS;
		String uri = writeFile("levels.nianbao", text);
		initialize();
		open(uri, text);
		List<FoldingRange> ranges = languageServer
				.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get();
		int third = lineStartingWith(text, "### 1.政策解读");
		int fourthEnd = lineStartingWith(text, "| 图解2篇");
		Assertions.assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == third && r.getEndLine() == fourthEnd),
				ranges::toString);
	}
}
