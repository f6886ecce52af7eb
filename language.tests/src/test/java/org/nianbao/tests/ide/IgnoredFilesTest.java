package org.nianbao.tests.ide;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The workspace folder's .nianbaoignore keeps its files out of the workspace's checks, as on the command line
 * (a repository's deliberately wrong examples, drafts); a listed file the user opens is checked while open.
 */
class IgnoredFilesTest extends NianbaoServerTest {

	private static final String WRONG = example("errors/result-total-wrong.nianbao");

	@Test
	void listedFilesAreNotCheckedUntilOpened() {
		writeFile(".nianbaoignore", "# deliberate mistakes\nerrors/\ndraft-*.nianbao\n");
		String checked = writeFile("report.nianbao", WRONG);
		String inFolder = writeFile("errors/wrong.nianbao", WRONG);
		String draft = writeFile("draft-1.nianbao", WRONG);
		initialize();
		Assertions.assertEquals(2, diagnosticsWithCode(checked, "total-mismatch").size(), () -> getDiagnostics().toString());
		Assertions.assertEquals(List.of(), published(inFolder), "errors/ is ignored");
		Assertions.assertEquals(List.of(), published(draft), "draft-* is ignored");

		open(inFolder, WRONG);
		Assertions.assertEquals(2, diagnosticsWithCode(inFolder, "total-mismatch").size(), "checked while open");
	}

	private List<Diagnostic> published(String uri) {
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		return diagnostics == null ? List.of() : diagnostics;
	}
}
