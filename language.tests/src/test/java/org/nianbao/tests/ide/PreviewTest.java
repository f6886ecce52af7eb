package org.nianbao.tests.ide;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonPrimitive;

/** The editor's preview is rendered by the server with the one HTML renderer, with source lines and marks. */
class PreviewTest extends NianbaoServerTest {

	private static final String ANHE = example("anhe-scjg-2024.nianbao");

	@SuppressWarnings("unchecked")
	private Map<String, Object> preview(String text) throws Exception {
		String uri = writeFile("anhe.nianbao", text);
		initialize(params -> params.getCapabilities().getWorkspace()
				.setExecuteCommand(new org.eclipse.lsp4j.ExecuteCommandCapabilities(false)));
		open(uri, text);
		return (Map<String, Object>) languageServer
				.executeCommand(new ExecuteCommandParams("nianbao.previewHtml", List.of(new JsonPrimitive(uri)))).get();
	}

	@Test
	void theReportIsRenderedWithItsSourceLinesAndTheWrongTotalMarked() throws Exception {
		String text = ANHE.replace("予以公开         14 3 0 0 1 1 19", "予以公开         14 3 0 0 1 1 20");
		Map<String, Object> answer = preview(text);
		String html = (String) answer.get("html");
		Assertions.assertNotNull(html, answer::toString);
		Assertions.assertTrue(html.startsWith("<article class=\"report preview\">"), html.substring(0, 80));
		Assertions.assertTrue(html.contains("data-line=\"" + (lineStartingWith(text, "# 三、") + 1) + "\""),
				"the part's source line");
		// the wrong cell carries the diagnostic: its class and its message
		int wrongLine = lineStartingWith(text, "予以公开") + 1;
		int at = html.indexOf("data-line=\"" + wrongLine + "\"");
		Assertions.assertTrue(at > 0, "a cell of the wrong row has its source line");
		Assertions.assertTrue(html.contains("mark-error") && html.contains("合计不符"), "the wrong total is marked");
		Assertions.assertTrue(((Number) answer.get("errors")).intValue() >= 1);
		Assertions.assertTrue(((String) answer.get("css")).contains(".preview .mark-error"));
		// cited figures are filled in
		Assertions.assertFalse(html.contains("{本年新收.总计}"));
	}

	@Test
	void aReportWithASyntaxErrorIsNotRenderedAndSaysWhere() throws Exception {
		String text = ANHE.replace("  year 2024\n", "  year 2024 year\n");
		Map<String, Object> answer = preview(text);
		Assertions.assertNull(answer.get("html"));
		Assertions.assertTrue(
				String.valueOf(answer.get("syntaxError"))
						.startsWith("第 " + (lineStartingWith(text, "  year") + 1) + " 行有语法错误"),
				answer::toString);
	}
}
