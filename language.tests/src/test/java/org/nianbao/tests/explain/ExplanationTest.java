package org.nianbao.tests.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.nianbao.issues.IssueDatum;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.explain.ExplainedIssues;
import org.nianbao.tests.support.ReportText;
import org.nianbao.tests.support.Validation;
import org.nianbao.issues.IssueCodes;

/** A warning a person checked, explained in the report with {@code // 已核实 CODE：REASON}. */
class ExplanationTest {

	private static final String IN_FORCE_ROW = "行政规范性文件 2 1 9";

	private static int lineOf(String text, String start) {
		return (int) text.substring(0, text.indexOf("\n" + start) + 1).chars().filter(c -> c == '\n').count() + 1;
	}

	private static List<Issue> of(Severity severity, List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == severity).toList();
	}

	@Test
	void aWarningExplainedAtTheEndOfItsRowIsNoLongerAWarningAndKeepsItsReason() {
		List<Issue> unexplained = Validation.issues(ReportText.ANHE_2024.replace(IN_FORCE_ROW, "行政规范性文件 2 1 7"));
		assertEquals(List.of(IssueCodes.IN_FORCE_MISMATCH), unexplained.stream().map(Issue::getCode).toList(),
				Validation.describe(unexplained));
		assertEquals(Severity.WARNING, unexplained.get(0).getSeverity());

		List<Issue> issues = Validation.issues(ReportText.ANHE_2024.replace(IN_FORCE_ROW,
				"行政规范性文件 2 1 7   // 已核实 in-force-mismatch：本年有2件文件有效期届满失效"));
		assertEquals(1, issues.size(), Validation.describe(issues));
		Issue explained = issues.get(0);
		assertEquals(Severity.INFO, explained.getSeverity());
		assertEquals(IssueCodes.IN_FORCE_MISMATCH, explained.getCode());
		assertEquals(unexplained.get(0).getMessage(), explained.getMessage(), "the message is kept as it was");
		assertEquals(unexplained.get(0).getLineNumber(), explained.getLineNumber(), "and its place");
		IssueDatum.Explained reason = ExplainedIssues.reason(explained);
		assertEquals("本年有2件文件有效期届满失效", reason.text());
		assertEquals(explained.getLineNumber(), reason.line());
		assertTrue(ExplainedIssues.isExplained(explained));
	}

	@Test
	void anExplanationOnTheLineAboveExplainsTheLineBelowAndOnlyIt() {
		String text = ReportText.ANHE_2024.replace(IN_FORCE_ROW,
				"// 已核实 in-force-mismatch: 本年有2件文件有效期届满失效\n行政规范性文件 2 1 7");
		List<Issue> issues = Validation.issues(text);
		assertEquals(List.of(), of(Severity.WARNING, issues), Validation.describe(issues));
		assertEquals(1, of(Severity.INFO, issues).size(), Validation.describe(issues));

		// a blank line between is fine; another row between is not: the explanation is the row's just below it
		String apart = ReportText.ANHE_2024.replace("规章           0 0 0\n", "// 已核实 in-force-mismatch：失效\n\n规章 0 0 0\n")
				.replace(IN_FORCE_ROW, "行政规范性文件 2 1 7");
		List<Issue> stale = Validation.issues(apart);
		assertEquals(List.of(IssueCodes.EXPLANATION_STALE, IssueCodes.IN_FORCE_MISMATCH),
				of(Severity.WARNING, stale).stream().map(Issue::getCode).sorted().toList(), Validation.describe(stale));
	}

	@Test
	void anExplanationWhoseWarningIsGoneIsAStaleWarningOnTheExplanation() {
		String text = ReportText.ANHE_2024.replace(IN_FORCE_ROW, "行政规范性文件 2 1 9 // 已核实 in-force-mismatch：本年有2件文件失效");
		List<Issue> issues = Validation.issues(text);
		assertEquals(1, issues.size(), Validation.describe(issues));
		Issue stale = issues.get(0);
		assertEquals(IssueCodes.EXPLANATION_STALE, stale.getCode());
		assertEquals(Severity.WARNING, stale.getSeverity());
		int line = lineOf(text, "行政规范性文件");
		assertEquals(line, stale.getLineNumber());
		assertEquals("此说明已无所指：第 " + line + " 行没有“in-force-mismatch”警告（警告已消除，或代码不对），请删去或改正此说明",
				stale.getMessage());
		assertEquals(text.indexOf("// 已核实"), stale.getOffset(), "on the explanation itself");
	}

	@Test
	void anExplanationOfAnotherCodeIsStaleAndTheWarningStays() {
		List<Issue> issues = Validation.issues(ReportText.ANHE_2024.replace(IN_FORCE_ROW,
				"行政规范性文件 2 1 7 // 已核实 carry-over-mismatch：本年有2件文件失效"));
		assertEquals(List.of(IssueCodes.EXPLANATION_STALE, IssueCodes.IN_FORCE_MISMATCH),
				of(Severity.WARNING, issues).stream().map(Issue::getCode).sorted().toList(),
				Validation.describe(issues));
		List<Issue> typo = Validation.issues(ReportText.ANHE_2024.replace(IN_FORCE_ROW,
				"行政规范性文件 2 1 7 // 已核实 in-force-mismach：本年有2件文件失效"));
		Issue stale = typo.stream().filter(i -> IssueCodes.EXPLANATION_STALE.equals(i.getCode())).findFirst()
				.orElseThrow();
		assertEquals("说明的代码“in-force-mismach”不是任何警告的代码：请核对拼写", stale.getMessage());
	}

	@Test
	void anErrorCannotBeExplained() {
		String text = ReportText.ANHE_2024.replace("本年新收         33 5 0 0 2 1 41",
				"本年新收         33 5 0 0 2 1 42 // 已核实 total-mismatch：原件如此");
		List<Issue> issues = Validation.issues(text);
		List<String> errors = of(Severity.ERROR, issues).stream().map(Issue::getCode).sorted().toList();
		assertEquals(List.of(IssueCodes.EXPLANATION_OF_ERROR, IssueCodes.TOTAL_MISMATCH), errors,
				Validation.describe(issues));
		Issue attempt = issues.stream().filter(i -> IssueCodes.EXPLANATION_OF_ERROR.equals(i.getCode())).findFirst()
				.orElseThrow();
		assertTrue(attempt.getMessage().startsWith("错误不能以说明了结："), attempt.getMessage());
		assertEquals(List.of(), of(Severity.INFO, issues), "the error is not explained");
	}

	@Test
	void anExplanationNeedsACodeAndAReason() {
		List<Issue> noReason = Validation.issues(ReportText.ANHE_2024.replace(IN_FORCE_ROW,
				"行政规范性文件 2 1 7 // 已核实 in-force-mismatch"));
		assertEquals(List.of(IssueCodes.EXPLANATION_INCOMPLETE),
				of(Severity.ERROR, noReason).stream().map(Issue::getCode).toList(),
				Validation.describe(noReason));
		assertEquals(List.of(IssueCodes.IN_FORCE_MISMATCH),
				of(Severity.WARNING, noReason).stream().map(Issue::getCode).toList(),
				"a warning without a reason stays a warning");
		assertEquals("说明须写明原因：// 已核实 in-force-mismatch：原因（为什么报告没有错）",
				of(Severity.ERROR, noReason).get(0).getMessage());

		List<Issue> noCode = Validation.issues(ReportText.ANHE_2024.replace(IN_FORCE_ROW,
				"行政规范性文件 2 1 7 // 已核实：本年有2件文件失效"));
		assertEquals(List.of(IssueCodes.EXPLANATION_INCOMPLETE),
				of(Severity.ERROR, noCode).stream().map(Issue::getCode).toList(),
				Validation.describe(noCode));
	}

	@Test
	void anOrdinaryCommentIsNoExplanation() {
		List<Issue> issues = Validation.issues(ReportText.ANHE_2024.replace(IN_FORCE_ROW,
				"行政规范性文件 2 1 7 // 已核实的数字见台账；核实 in-force-mismatch 另见"));
		assertEquals(List.of(IssueCodes.IN_FORCE_MISMATCH), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
	}

	@Test
	void everyKindOfPlaceAndWarningCanBeExplained() {
		List<Issue> unexplained = Validation.issues(ExplainedReport.text(false));
		assertEquals(ExplainedReport.CODES.stream().sorted().toList(),
				unexplained.stream().map(Issue::getCode).sorted().toList(), Validation.describe(unexplained));
		assertEquals(ExplainedReport.CODES.size(), of(Severity.WARNING, unexplained).size());

		List<Issue> issues = Validation.issues(ExplainedReport.text(true));
		assertEquals(ExplainedReport.CODES.stream().sorted().toList(),
				of(Severity.INFO, issues).stream().map(Issue::getCode).sorted().toList(), Validation.describe(issues));
		assertEquals(ExplainedReport.CODES.size(), issues.size(), Validation.describe(issues));
	}
}
