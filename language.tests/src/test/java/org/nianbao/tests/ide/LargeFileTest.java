package org.nianbao.tests.ide;

import org.nianbao.issues.IssueCodes;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 10,000-line report (the non-zero example's prose repeated): its diagnostics arrive, and hover and formatting
 * answer. The time limit only catches a hang or a quadratic step; BENCHMARKS.md has the measured times.
 */
class LargeFileTest extends NianbaoServerTest {

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aTenThousandLineReportIsDiagnosedAndAnswered() throws Exception {
		String base = example("anhe-scjg-2024.nianbao").replaceAll("(?m)^\\s*previous .*\n", "")
				.replace("（上年{previous.本年新收.总计}件）", "");
		StringBuilder text = new StringBuilder();
		long prose = base.lines().filter(l -> l.startsWith("| ")).count();
		long copies = 10_000 / prose;
		for (String line : base.split("\n", -1)) {
			for (int i = 0; i < (line.startsWith("| ") ? copies : 1); i++) {
				text.append(line).append('\n');
			}
		}
		String huge = text.toString().replace("办理结果总计     34", "办理结果总计     35"); // one wrong total
		Assertions.assertTrue(huge.lines().count() >= 10_000, "lines: " + huge.lines().count());
		String uri = writeFile("huge.nianbao", "");
		initialize();
		open(uri, huge);
		Assertions.assertFalse(diagnosticsWithCode(uri, IssueCodes.TOTAL_MISMATCH).isEmpty(),
				() -> "diagnostics: " + getDiagnostics().get(uri));

		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Hover hover = languageServer.hover(new HoverParams(document, position(huge, "上年结转", "上年结转"))).get();
		Assertions.assertTrue(hover.getContents().getRight().getValue().contains("上年结转"), hover.toString());
		List<? extends TextEdit> edits = languageServer
				.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true))).get();
		String formatted = apply(huge, edits);
		Assertions.assertEquals(huge.lines().filter(l -> l.startsWith("| ")).toList(),
				formatted.lines().filter(l -> l.startsWith("| ")).toList(), "prose untouched");
	}
}
