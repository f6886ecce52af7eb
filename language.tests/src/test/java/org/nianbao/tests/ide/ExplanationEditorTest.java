package org.nianbao.tests.ide;

import org.nianbao.issues.IssueCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.Validation;

/**
 * The editor side of explanations ({@code // 已核实 CODE：REASON}): an explained warning is a hint with its reason,
 * every warning offers 说明原因… with the cursor left in the reason, completion knows the codes after 已核实, the
 * hover on an explanation shows the warning it covers, the table summary counts them. The report is the example
 * (anhe-scjg-2024) with the full-width digits of a transcribed report (３１８６) and a late publication date.
 */
class ExplanationEditorTest extends NianbaoServerTest {

	private static final String ANHE = example("anhe-scjg-2024.nianbao");
	private static final String WIDE = ANHE.replace("行政许可       3186", "行政许可       ３１８６");
	private static final String EXPLAINED = WIDE.replace("行政许可       ３１８６",
			"行政许可       ３１８６ // 已核实 full-width-digits：照原件");

	private final List<ShowDocumentParams> shown = new ArrayList<>();

	/** The client's side of window/showDocument: recorded. */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if ("window/showDocument".equals(method)) {
			shown.add((ShowDocumentParams) parameter);
			return CompletableFuture.completedFuture(new ShowDocumentResult(true));
		}
		return super.request(method, parameter);
	}

	private String open(String text) {
		writeFile("anhe-scjg-2023.nianbao", example("anhe-scjg-2023.nianbao"));
		String uri = writeFile("anhe-scjg-2024.nianbao", text);
		initialize(ExplanationEditorTest::canShowDocuments);
		open(uri, text);
		return uri;
	}

	private static void canShowDocuments(InitializeParams params) {
		ClientCapabilities capabilities = params.getCapabilities() == null
				? new ClientCapabilities()
				: params.getCapabilities();
		WindowClientCapabilities window = new WindowClientCapabilities();
		window.setShowDocument(new ShowDocumentCapabilities(true));
		capabilities.setWindow(window);
		params.setCapabilities(capabilities);
	}

	@Test
	void anExplainedWarningIsAHintWithItsReasonAndPointsToTheExplanation() {
		Issue warning = Validation.issues(WIDE).stream().filter(i -> IssueCodes.FULL_WIDTH_DIGITS.equals(i.getCode()))
				.findFirst().orElseThrow();
		Assertions.assertEquals(Severity.WARNING, warning.getSeverity());

		String explained = open(EXPLAINED);
		List<Diagnostic> found = diagnosticsWithCode(explained, IssueCodes.FULL_WIDTH_DIGITS);
		Assertions.assertEquals(1, found.size(), () -> getDiagnostics().toString());
		Diagnostic hint = found.get(0);
		Assertions.assertEquals(DiagnosticSeverity.Hint, hint.getSeverity());
		Assertions.assertEquals(position(EXPLAINED, "行政许可", "３１８６"), hint.getRange().getStart(), "on the figure");
		Assertions.assertEquals(warning.getMessage() + "（已核实：照原件）", hint.getMessage().getLeft());
		Position comment = position(EXPLAINED, "行政许可", "//");
		Assertions.assertEquals(comment, hint.getRelatedInformation().get(0).getLocation().getRange().getStart());
		Assertions.assertEquals("已核实：照原件", hint.getRelatedInformation().get(0).getMessage());
		Assertions.assertTrue(
				getDiagnostics().get(explained).stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Warning),
				() -> getDiagnostics().get(explained).toString());
	}

	@Test
	void aWarningInATableIsExplainedByTheQuickFixAndTheCursorIsLeftInTheReason() throws Exception {
		explainByQuickFix(WIDE, "行政许可", "３１８６", IssueCodes.FULL_WIDTH_DIGITS, "");
	}

	@Test
	void aWarningInTheHeaderIsExplainedAboveItsLineIndentedAsItIs() throws Exception {
		explainByQuickFix(ANHE.replace("published 2025-01-24", "published 2025-02-15"), "  published", "2025",
				IssueCodes.PUBLISHED_LATE,
				"  ");
	}

	private void explainByQuickFix(String text, String lineStart, String within, String code, String indentation)
			throws Exception {
		Position at = position(text, lineStart, within);
		CodeAction fix = fixes(text, at).stream().filter(f -> f.getTitle().equals("说明原因…")).findFirst()
				.orElseThrow(() -> new AssertionError(
						fixes(text, at).stream().map(CodeAction::getTitle).toList().toString()));
		Assertions.assertEquals(code, fix.getDiagnostics().get(0).getCode().getLeft());
		String uri = fix.getEdit().getChanges().keySet().iterator().next();
		String fixed = apply(text, fix.getEdit().getChanges().values().iterator().next());
		String[] lines = fixed.split("\n", -1);
		String written = indentation + "// 已核实 " + code + "：";
		Assertions.assertEquals(written, lines[at.getLine()], "the explanation on the line above");
		Assertions.assertEquals(text.split("\n", -1)[at.getLine()], lines[at.getLine() + 1],
				"the line explained is kept");

		Command command = fix.getCommand();
		Assertions.assertNotNull(command, "a client that can show documents gets the cursor moved");
		shown.clear();
		languageServer.executeCommand(new ExecuteCommandParams(command.getCommand(), command.getArguments())).get();
		Assertions.assertEquals(1, shown.size());
		Position cursor = shown.get(0).getSelection().getStart();
		Assertions.assertEquals(new Position(at.getLine(), written.length()), cursor, "after the colon");
		Assertions.assertEquals(uri, shown.get(0).getUri());

		// without a reason it is incomplete; the reason typed at the cursor explains the warning
		Assertions.assertTrue(
				codes(Validation.issues(fixed), Severity.ERROR).contains(IssueCodes.EXPLANATION_INCOMPLETE));
		String reasoned = apply(fixed, List.of(new TextEdit(new Range(cursor, cursor), "照原件")));
		List<Issue> issues = Validation.issues(reasoned);
		Assertions.assertEquals(List.of(code), codes(issues, Severity.INFO), Validation.describe(issues));
		Assertions.assertEquals(List.of(), codes(issues, Severity.WARNING), Validation.describe(issues));
	}

	@Test
	void anErrorOffersNoExplanation() {
		String text = ANHE.replace("予以公开         14 3 0 0 1 1 19", "予以公开         14 3 0 0 1 1 20");
		List<CodeAction> all = fixes(text, position(text, "予以公开", "20"));
		Assertions.assertFalse(all.isEmpty());
		Assertions.assertTrue(all.stream().noneMatch(f -> f.getTitle().equals("说明原因…")), all.toString());
	}

	@Test
	void completionAfterTheKeywordOffersTheWarningOfTheLineFirst() {
		String typed = WIDE.replace("行政许可       ３１８６", "行政许可       ３１８６ // 已核实 ");
		Position end = position(typed, "行政许可", "已核实 ");
		List<CompletionItem> items = complete(typed, new Position(end.getLine(), end.getCharacter() + 4));
		CompletionItem first = items.get(0);
		Assertions.assertEquals(IssueCodes.FULL_WIDTH_DIGITS, first.getLabel(),
				() -> items.stream().map(CompletionItem::getLabel).toList().toString());
		Assertions.assertTrue(first.getDetail().startsWith("本行的警告："), first.getDetail());
		Assertions.assertEquals("full-width-digits：", first.getTextEdit().getLeft().getNewText());
		Assertions.assertTrue(items.stream().anyMatch(i -> i.getLabel().equals(IssueCodes.IN_FORCE_MISMATCH)),
				"every other code after it");
		Assertions.assertTrue(items.stream().noneMatch(i -> i.getLabel().equals(IssueCodes.EXPLANATION_STALE)),
				"not an explanation's own");
	}

	@Test
	void aCodeBegunIsReplacedWhole() {
		String typed = WIDE.replace("行政许可       ３１８６", "行政许可       ３１８６ // 已核实 ");
		String begun = typed.replace("// 已核实 ", "// 已核实 full");
		Position after = position(begun, "行政许可", "full");
		CompletionItem item = complete(begun, new Position(after.getLine(), after.getCharacter() + 4)).get(0);
		Assertions.assertEquals(new Range(after, new Position(after.getLine(), after.getCharacter() + 4)),
				item.getTextEdit().getLeft().getRange());
	}

	@Test
	void anOrdinaryCommentOffersNothing() {
		String typed = ANHE.replace("行政许可       3186", "行政许可       3186 // 照原件 ");
		Position end = position(typed, "行政许可", "照原件 ");
		Assertions.assertEquals(List.of(), complete(typed, new Position(end.getLine(), end.getCharacter() + 4)));
	}

	@Test
	void hoverOnAnExplanationShowsTheWarningItCovers() {
		String text = hover(EXPLAINED, position(EXPLAINED, "行政许可", "已核实"));
		int line = lineStartingWith(EXPLAINED, "行政许可") + 1;
		Assertions.assertTrue(text.startsWith("**已核实的警告**（第 " + line + " 行）：全角数字"), text);
		Assertions.assertTrue(text.contains("`[full-width-digits]`"), text);
		Assertions.assertTrue(text.endsWith("理由：照原件\n"), text);
	}

	@Test
	void hoverOnAnExplanationOfNothingSaysSo() {
		String stale = ANHE.replace("行政许可       3186", "行政许可       3186 // 已核实 full-width-digits：照原件");
		String none = hover(stale, position(stale, "行政许可", "已核实"));
		Assertions.assertTrue(none.startsWith("**此说明没有说明任何警告**：此说明已无所指"), none);
	}

	@Test
	void theSummaryAboveTheTableSaysNothingOfAnUnexplainedWarning() throws Exception {
		String title = lens(WIDE, "# 二、");
		Assertions.assertEquals("本表无合计与勾稽规则，只核对数值", title);
	}

	@Test
	void theSummaryAboveTheTableSaysHowManyWarningsAreExplained() throws Exception {
		Assertions.assertEquals("本表无合计与勾稽规则，只核对数值 · 已说明 1 处", lens(EXPLAINED, "# 二、"));
		Assertions.assertFalse(lens(EXPLAINED, "# 三、").contains("已说明"), "only the table it is in");
	}

	private String uri;

	private String lens(String text, String heading) throws Exception {
		if (uri == null) {
			uri = open(text);
		}
		int line = lineStartingWith(text, heading);
		List<? extends CodeLens> lenses = languageServer.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))
				.get();
		return lenses.stream().filter(l -> l.getRange().getStart().getLine() == line).findFirst()
				.orElseThrow(() -> new AssertionError(lenses.toString())).getCommand().getTitle();
	}

	private static List<String> codes(List<Issue> issues, Severity severity) {
		return issues.stream().filter(i -> i.getSeverity() == severity).map(Issue::getCode).sorted().toList();
	}

	/** The fixes for the diagnostics that start on the given line. */
	private List<CodeAction> fixes(String text, Position at) {
		List<CodeAction> result = new ArrayList<>();
		testCodeAction(c -> {
			c.setModel(text);
			c.setFilePath("anhe-scjg-2024.nianbao");
			c.setInitializer(ExplanationEditorTest::canShowDocuments);
			c.setLine(at.getLine());
			c.setColumn(at.getCharacter());
			c.setAssertCodeActions((List<Either<Command, CodeAction>> actions) -> actions.stream()
					.filter(Either::isRight).map(Either::getRight)
					.filter(a -> a.getDiagnostics().stream()
							.anyMatch(d -> d.getRange().getStart().getLine() == at.getLine()))
					.forEach(result::add));
		});
		return result;
	}

	private List<CompletionItem> complete(String model, Position at) {
		writeFile("anhe-scjg-2023.nianbao", example("anhe-scjg-2023.nianbao"));
		List<CompletionItem> result = new ArrayList<>();
		testCompletion(c -> {
			c.setModel(model);
			c.setFilePath("anhe-scjg-2024.nianbao");
			c.setLine(at.getLine());
			c.setColumn(at.getCharacter());
			c.setAssertCompletionList((CompletionList list) -> result.addAll(list.getItems()));
		});
		result.sort(java.util.Comparator.comparing(i -> i.getSortText() == null ? "" : i.getSortText()));
		return result;
	}

	private String hover(String model, Position at) {
		writeFile("anhe-scjg-2023.nianbao", example("anhe-scjg-2023.nianbao"));
		String[] result = new String[1];
		testHover(c -> {
			c.setModel(model);
			c.setFilePath("anhe-scjg-2024.nianbao");
			c.setLine(at.getLine());
			c.setColumn(at.getCharacter() + 1);
			c.setAssertHover((Hover hover) -> result[0] = hover.getContents().getRight().getValue());
		});
		return result[0];
	}
}
