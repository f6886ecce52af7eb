package org.nianbao.tests.ide;

import org.nianbao.issues.IssueCodes;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The language core's diagnostics reach the editor on the figure or heading they concern, and follow edits. */
class DiagnosticsTest extends NianbaoServerTest {

	@Test
	void wrongTotalIsReportedOnTheWrittenTotal() {
		String text = example("errors/result-total-wrong.nianbao");
		String uri = writeFile("report.nianbao", text);
		initialize();
		Position at = position(text, "办理结果总计", "34");
		Range range = new Range(at, new Position(at.getLine(), at.getCharacter() + 2));
		List<Diagnostic> mismatches = diagnosticsWithCode(uri, IssueCodes.TOTAL_MISMATCH).stream()
				.filter(d -> d.getRange().equals(range)).toList();
		Assertions.assertEquals(1, mismatches.size(), () -> "diagnostics: " + getDiagnostics().get(uri));
		Diagnostic mismatch = mismatches.get(0);
		Assertions.assertEquals(DiagnosticSeverity.Error, mismatch.getSeverity());
		Assertions.assertTrue(mismatch.getMessage().getLeft().startsWith("合计不符（自然人列）：三（七）写为 34，"),
				mismatch.getMessage().getLeft());
	}

	@Test
	void aWrongTotalPointsToTheCellsItSummed() {
		String text = example("errors/result-total-wrong.nianbao");
		String uri = writeFile("report.nianbao", text);
		initialize();
		Position at = position(text, "办理结果总计", "34");
		Diagnostic mismatch = diagnosticsWithCode(uri, IssueCodes.TOTAL_MISMATCH).stream()
				.filter(d -> d.getRange().getStart().equals(at)).findFirst().orElseThrow();
		List<DiagnosticRelatedInformation> related = mismatch.getRelatedInformation();
		Assertions.assertNotNull(related, mismatch.toString());
		Position first = position(text, "予以公开", "13");
		Assertions.assertEquals(
				new Location(uri, new Range(first, new Position(first.getLine(), first.getCharacter() + 2))),
				related.get(0).getLocation());
		Assertions.assertEquals("参与求和：三（一），自然人列 13", related.get(0).getMessage());
	}

	@Test
	void misnumberedHeadingIsReportedOnTheHeading() {
		String text = example("errors/heading-misnumbered.nianbao");
		String uri = writeFile("report.nianbao", text);
		initialize();
		List<Diagnostic> found = diagnosticsWithCode(uri, IssueCodes.HEADING_MISNUMBERED);
		Assertions.assertEquals(1, found.size());
		int line = lineStartingWith(text, "# 3、");
		Assertions.assertEquals(new Range(new Position(line, 0), new Position(line, text.split("\n")[line].length())),
				found.get(0).getRange());
		Assertions.assertEquals(DiagnosticSeverity.Warning, found.get(0).getSeverity());
	}

	@Test
	void diagnosticsFollowTheTextAsTyped() {
		String text = example("errors/result-total-wrong.nianbao");
		String uri = writeFile("report.nianbao", "");
		initialize();
		open(uri, text);
		// 34 in the 自然人 column and 43 in the 总计 column: both miss the one 予以公开 case never entered
		Assertions.assertEquals(2, diagnosticsWithCode(uri, IssueCodes.TOTAL_MISMATCH).size());

		int line = lineStartingWith(text, "予以公开");
		String written = text.split("\n")[line];
		TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
				new Range(new Position(line, 0), new Position(line, written.length())), "予以公开         14 3 0 0 1 1 19");
		languageServer.didChange(
				new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2), List.of(change)));
		Assertions.assertEquals(List.of(), getDiagnostics().get(uri));
	}

	@Test
	void anExampleWithoutMistakesHasNoDiagnostics() {
		String uri = writeFile("anhe.nianbao", example("anhe-scjg-2024.nianbao"));
		writeFile("anhe-scjg-2023.nianbao", example("anhe-scjg-2023.nianbao")); // last year's, named by path
		initialize();
		Assertions.assertEquals(List.of(), getDiagnostics().get(uri));
	}
}
