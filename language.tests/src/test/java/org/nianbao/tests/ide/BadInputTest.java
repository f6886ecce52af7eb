package org.nianbao.tests.ide;

import java.util.List;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Half-typed and broken documents: every editor request at every position answers without failing. */
class BadInputTest extends NianbaoServerTest {

	@Test
	void everyRequestAnswersOnBrokenDocuments() throws Exception {
		String anhe = example("anhe-scjg-2024.nianbao");
		List<String> documents = List.of(
				"",
				"report",
				"report 报告 form 不存在的格式\n# 三、收到和处理政府信息公开申请情况\n本年新收 1 2\n上年结转 / ３ -1 1,000\n",
				"form 格式 \"x\"\npart 甲 \"一、甲\" table 表\ntable 表\n  block 块\n    columns\n      列 \"列\" = 行\n    rows\n      行 \"行\"\n  rule 规则 each column: 行 =\n",
				anhe.substring(0, anhe.length() / 2),
				anhe.replace("# 三、", "# ").replace("上年结转", "上年结"),
				"report 报告\n# 三、收到和处理政府信息公开申请情况\n{本年新收.总计}\n| 文字{本年新收.}\n本年新收 1 2 3 4 5 6 7 8 9\n本年新收 1\nall zero\n");
		String uri = writeFile("broken.nianbao", "");
		initialize();
		int requests = 0;
		for (String text : documents) {
			open(uri, text);
			TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
			languageServer.documentSymbol(new DocumentSymbolParams(id)).get();
			languageServer.foldingRange(new FoldingRangeRequestParams(id)).get();
			languageServer.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))).get();
			String[] lines = text.split("\n", -1);
			for (int line = 0; line < lines.length; line++) {
				for (int column = 0; column <= lines[line].length(); column += 2) {
					Position at = new Position(line, column);
					languageServer.hover(new HoverParams(id, at)).get();
					languageServer.completion(new CompletionParams(id, at)).get();
					requests += 2;
				}
			}
			close(uri);
		}
		Assertions.assertTrue(requests > 1000, "requests answered: " + requests);
	}
}
