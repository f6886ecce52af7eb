package org.nianbao.tests.ide;

import org.nianbao.issues.IssueCodes;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A .nianbaoignore keeps the files it lists out of the workspace's checks (a repository's deliberately wrong
 * examples, drafts): the workspace folder's, and one in any folder below it for the files under that folder. A
 * listed file the user opens is checked while open; closed again, its diagnostics go away.
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
		Assertions.assertEquals(2, diagnosticsWithCode(checked, IssueCodes.TOTAL_MISMATCH).size(),
				() -> getDiagnostics().toString());
		Assertions.assertEquals(List.of(), published(inFolder), "errors/ is ignored");
		Assertions.assertEquals(List.of(), published(draft), "draft-* is ignored");

		open(inFolder, WRONG);
		Assertions.assertEquals(2, diagnosticsWithCode(inFolder, IssueCodes.TOTAL_MISMATCH).size(),
				"checked while open");
	}

	/** The repository's own layout: examples/.nianbaoignore lists errors/, the workspace is the repository. */
	@Test
	void anIgnoreFileInASubfolderCoversTheFilesUnderIt() {
		writeFile("examples/.nianbaoignore", "errors/\n");
		String checked = writeFile("examples/report.nianbao", WRONG);
		String ignored = writeFile("examples/errors/wrong.nianbao", WRONG);
		String elsewhere = writeFile("errors/wrong.nianbao", WRONG);
		initialize();
		Assertions.assertEquals(2, diagnosticsWithCode(checked, IssueCodes.TOTAL_MISMATCH).size(),
				() -> getDiagnostics().toString());
		Assertions.assertEquals(List.of(), published(ignored),
				"examples/errors/ is ignored by examples/.nianbaoignore");
		Assertions.assertEquals(2, diagnosticsWithCode(elsewhere, IssueCodes.TOTAL_MISMATCH).size(),
				"the subfolder's list says nothing about files outside it");
	}

	@Test
	void closingAnIgnoredFileWithdrawsItsDiagnostics() {
		writeFile(".nianbaoignore", "draft-*.nianbao\n");
		String draft = writeFile("draft-1.nianbao", WRONG);
		String checked = writeFile("report.nianbao", WRONG);
		initialize();
		open(draft, WRONG);
		Assertions.assertEquals(2, diagnosticsWithCode(draft, IssueCodes.TOTAL_MISMATCH).size(), "checked while open");
		close(draft);
		Assertions.assertEquals(List.of(), published(draft), "ignored again once closed");
		open(checked, WRONG);
		close(checked);
		Assertions.assertEquals(2, diagnosticsWithCode(checked, IssueCodes.TOTAL_MISMATCH).size(),
				"a file not listed stays checked");
	}

	@Test
	void aListedFileChangedOnDiskIsNotChecked() {
		writeFile(".nianbaoignore", "draft-*.nianbao\n");
		initialize();
		String draft = writeFile("draft-2.nianbao", WRONG);
		String report = writeFile("report.nianbao", WRONG);
		languageServer.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
				new FileEvent(draft, FileChangeType.Created), new FileEvent(report, FileChangeType.Created))));
		Assertions.assertEquals(2, diagnosticsWithCode(report, IssueCodes.TOTAL_MISMATCH).size(),
				"the events were handled");
		Assertions.assertEquals(List.of(), published(draft), "a listed file that appears is not checked");
		writeFile("draft-2.nianbao", WRONG + "\n");
		languageServer.didChangeWatchedFiles(
				new DidChangeWatchedFilesParams(List.of(new FileEvent(draft, FileChangeType.Changed))));
		Assertions.assertEquals(List.of(), published(draft), "nor when it changes");
	}

	private List<Diagnostic> published(String uri) {
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		return diagnostics == null ? List.of() : diagnostics;
	}
}
