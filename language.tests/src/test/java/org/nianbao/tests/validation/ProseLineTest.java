package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.ReportText;
import org.nianbao.tests.support.Validation;
import org.nianbao.issues.IssueCodes;

/** A line of prose typed without its "| " (or with the full-width ｜ an input method types) is one diagnostic. */
class ProseLineTest {

	private static final String PARAGRAPH = "| 依托县政府门户网站和“安和市场监管”微信公众号，全年主动公开政府信息486条。";

	private static List<Issue> issuesWith(String line) {
		String text = ReportText.ANHE_2024.replace(PARAGRAPH, line);
		assertEquals(false, text.equals(ReportText.ANHE_2024), "the example has the paragraph");
		return Validation.issues(text);
	}

	private static List<Issue> on(List<Issue> issues, int line) {
		return issues.stream().filter(i -> i.getLineNumber() == line).toList();
	}

	private static int lineOf(String text) {
		return ReportText.ANHE_2024.substring(0, ReportText.ANHE_2024.indexOf(text)).split("\n", -1).length;
	}

	@Test
	void aProseLineWithoutBarIsOneDiagnostic() {
		List<Issue> issues = on(issuesWith("依托县政府门户网站和“安和市场监管”微信公众号，全年主动公开政府信息486条。"), lineOf(PARAGRAPH));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals(IssueCodes.PROSE_WITHOUT_BAR, issues.get(0).getCode());
		assertEquals("正文段落要以“| ”开头", issues.get(0).getMessage());
		assertEquals(ReportText.ANHE_2024.indexOf(PARAGRAPH), issues.get(0).getOffset(), "at the start of the line");
	}

	@Test
	void twoProseLinesWithoutBarAreOneDiagnosticEach() {
		List<Issue> issues = issuesWith("全年主动公开政府信息486条\n其中规章0件。");
		List<Issue> prose = issues.stream().filter(i -> IssueCodes.PROSE_WITHOUT_BAR.equals(i.getCode())).toList();
		assertEquals(2, prose.size(), Validation.describe(issues));
		assertEquals(List.of(), issues.stream().filter(i -> i.getLineNumber() == lineOf(PARAGRAPH)
				|| i.getLineNumber() == lineOf(PARAGRAPH) + 1).filter(i -> !prose.contains(i)).toList());
	}

	@Test
	void aRowOfTheFormInAProsePartIsStillFiguresInProsePart() {
		List<Issue> issues = issuesWith("规章 0 0 0");
		assertEquals(List.of(IssueCodes.FIGURES_IN_PROSE_PART),
				on(issues, lineOf(PARAGRAPH)).stream().map(Issue::getCode).toList(), Validation.describe(issues));
	}

	/** The preface's last line, whole. */
	private static final String PREFACE = ReportText.ANHE_2024.lines().filter(l -> l.startsWith("| 报告中所列数据统计期限"))
			.findFirst().orElseThrow();

	/** The example with its preface line (before part 一) written otherwise: its issues, checked to stand elsewhere. */
	private static List<Issue> prefaceWith(String line) {
		String text = ReportText.ANHE_2024.replace(PREFACE, line);
		assertEquals(false, text.equals(ReportText.ANHE_2024), "the example has the preface line");
		return Validation.issues(text);
	}

	@Test
	void aPrefaceLineWithoutBarIsOneDiagnosticAndHidesNoPart() {
		List<Issue> issues = prefaceWith(PREFACE.substring(2));
		assertEquals(List.of(), issues.stream().filter(i -> i.getLineNumber() != lineOf(PREFACE)).toList(),
				"nothing else: no syntax error, no missing part");
		List<Issue> line = on(issues, lineOf(PREFACE));
		assertEquals(1, line.size(), Validation.describe(issues));
		assertEquals(IssueCodes.PROSE_WITHOUT_BAR, line.get(0).getCode());
		assertEquals("正文段落要以“| ”开头", line.get(0).getMessage());
		int start = ReportText.ANHE_2024.indexOf(PREFACE);
		assertEquals(start, line.get(0).getOffset(), "at the start of the line");
		assertEquals(PREFACE.length() - 2, line.get(0).getLength(), "the whole line");
	}

	@Test
	void aFullWidthBarInThePrefaceIsOneDiagnostic() {
		List<Issue> issues = prefaceWith("｜" + PREFACE.substring(1));
		assertEquals(List.of(IssueCodes.FULL_WIDTH_BAR), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		assertEquals(ReportText.ANHE_2024.indexOf(PREFACE), issues.get(0).getOffset());
	}

	@Test
	void aRowOfTheFormInThePrefaceIsFiguresInProse() {
		List<Issue> issues = prefaceWith("规章 0 0 0");
		assertEquals(List.of(IssueCodes.FIGURES_IN_PROSE_PART), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		assertEquals("前言是文字部分，不应填写表格数据", issues.get(0).getMessage());
	}

	@Test
	void aFullWidthBarAtTheStartIsOneDiagnostic() {
		List<Issue> issues = on(issuesWith("｜ 依托县政府门户网站，全年主动公开政府信息486条。"), lineOf(PARAGRAPH));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals(IssueCodes.FULL_WIDTH_BAR, issues.get(0).getCode());
		assertEquals(ReportText.ANHE_2024.indexOf(PARAGRAPH), issues.get(0).getOffset());
		assertEquals(1, issues.get(0).getLength(), "the bar only");
	}
}
