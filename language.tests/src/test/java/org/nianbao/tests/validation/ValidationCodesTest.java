package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.nianbao.issues.IssueDatum;
import org.nianbao.issues.IssueData;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/**
 * Each issue code, failing: one realistic mistake made in the valid non-zero example; passing: the example
 * itself, and the edge cases right next to each mistake.
 */
class ValidationCodesTest {

	private static final String BASE = ReportText.ANHE_2024;

	private static String change(String regex, String replacement) {
		Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE | Pattern.DOTALL);
		assertTrue(pattern.matcher(BASE).find(), "the example contains " + regex);
		return pattern.matcher(BASE).replaceAll(replacement);
	}

	@Test
	void theNonZeroExampleHasNoDiagnostics() {
		List<Issue> issues = Validation.issues(BASE);
		assertEquals(List.of(), issues, Validation.describe(issues));
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				Arguments.of(IssueCodes.TOTAL_MISMATCH, Severity.ERROR, "^(予以公开\\s+14 3 0 0 1 1) 19", "$1 20"),
				Arguments.of(IssueCodes.TOTAL_MISMATCH, Severity.ERROR, "^(案件数 1 0 0 1) 2", "$1 3"),
				Arguments.of(IssueCodes.TOTAL_MISMATCH, Severity.ERROR, "^(办理结果总计\\s+)34 6 0 0 2 1 43",
						"$133 6 0 0 2 1 42"),
				Arguments.of(IssueCodes.RULE_VIOLATED, Severity.ERROR, "^(本年新收\\s+)33 5 0 0 2 1 41",
						"$134 5 0 0 2 1 42"),
				Arguments.of(IssueCodes.WRONG_VALUE_COUNT, Severity.ERROR, "^规章\\s+0 0 0$", "规章 0 0"),
				Arguments.of(IssueCodes.WRONG_VALUE_COUNT, Severity.ERROR, "^规章\\s+0 0 0$", "规章 0 0 0 0"),
				Arguments.of(IssueCodes.WRONG_VALUE_COUNT, Severity.ERROR, "^规章\\s+0 0 0$", "规章"),
				Arguments.of(IssueCodes.PLACEHOLDER_VALUE, Severity.ERROR, "^规章\\s+0 0 0$", "规章 0 / 0"),
				Arguments.of(IssueCodes.NEGATIVE_COUNT, Severity.ERROR, "^行政处罚\\s+247$", "行政处罚 -247"),
				Arguments.of(IssueCodes.DECIMAL_COUNT, Severity.ERROR, "^行政处罚\\s+247$", "行政处罚 24.7"),
				Arguments.of(IssueCodes.INVALID_NUMBER, Severity.ERROR, "^行政事业性收费 12.356800$", "行政事业性收费 12,356.8"),
				Arguments.of(IssueCodes.INVALID_NUMBER, Severity.ERROR, "^行政事业性收费 12.356800$", "行政事业性收费 12.35.68"),
				Arguments.of(IssueCodes.NUMBER_TOO_LARGE, Severity.ERROR, "^行政处罚\\s+247$", "行政处罚 99999999999"),
				Arguments.of(IssueCodes.NUMBER_TOO_LARGE, Severity.ERROR, "^行政事业性收费 12.356800$",
						"行政事业性收费 1234567890123.5"),
				Arguments.of(IssueCodes.FULL_WIDTH_DIGITS, Severity.WARNING, "^行政处罚\\s+247$", "行政处罚 ２４７"),
				Arguments.of(IssueCodes.DUPLICATE_ROW, Severity.ERROR, "^(规章\\s+0 0 0)$", "$1\n规章 0 0 0"),
				Arguments.of(IssueCodes.MISSING_ROW, Severity.ERROR, "^过程性信息\\s+1 0 0 0 0 0  1\n", ""),
				Arguments.of(IssueCodes.MISSING_ROW, Severity.ERROR, "^(# 四、[^\n]*\n).*?(?=^# 五)", "$1\n"),
				Arguments.of(IssueCodes.UNKNOWN_ROW, Severity.ERROR, "^规章(\\s+0 0 0)$", "规范性文件$1"),
				Arguments.of(IssueCodes.ROW_NOT_IN_TABLE, Severity.ERROR, "^(结转下年\\s+1 0 0 0 0 0  1)$",
						"$1\n行政许可 3186"),
				Arguments.of(IssueCodes.FIGURES_IN_PROSE_PART, Severity.ERROR, "^(?=# 六)", "规章 0 0 0\n"),
				Arguments.of(IssueCodes.UNKNOWN_PART, Severity.ERROR, "^(?=# 六)", "# 工作亮点与创新\n| 本年度的亮点。\n\n"),
				Arguments.of(IssueCodes.MISSING_PART, Severity.ERROR, "^# 五、.*?(?=^# 六)", ""),
				Arguments.of(IssueCodes.DUPLICATE_PART, Severity.ERROR, "\\z", "\n# 六、其他需要报告的事项\n| 未收取信息处理费。\n"),
				Arguments.of(IssueCodes.PART_OUT_OF_ORDER, Severity.ERROR, "^(# 五、.*?)(^# 六、.*)\\z", "$2\n$1"),
				Arguments.of(IssueCodes.HEADING_MISNUMBERED, Severity.WARNING, "^# 三、收到", "# 3、收到"),
				Arguments.of(IssueCodes.HEADING_MISNUMBERED, Severity.WARNING, "^# 一、总体情况", "# 一.总体情况"),
				Arguments.of(IssueCodes.HEADING_MISLABELLED, Severity.WARNING, "^# 五、存在的主要问题及改进情况", "# 五、存在的主要问题及整改情况"),
				Arguments.of(IssueCodes.PUBLISHED_BEFORE_YEAR_END, Severity.ERROR, "published 2025-01-24",
						"published 2024-12-31"),
				Arguments.of(IssueCodes.PUBLISHED_LATE, Severity.WARNING, "published 2025-01-24",
						"published 2025-02-01"),
				Arguments.of(IssueCodes.INVALID_DATE, Severity.ERROR, "published 2025-01-24", "published 2025-02-30"),
				Arguments.of(IssueCodes.MISSING_ORGAN, Severity.ERROR, "^\\s*organ \"[^\"]*\"\n", ""),
				Arguments.of(IssueCodes.MISSING_YEAR, Severity.ERROR, "^\\s*year 2024\n", ""),
				Arguments.of(IssueCodes.INVALID_YEAR, Severity.ERROR, "year 2024", "year 24"),
				Arguments.of(IssueCodes.PROSE_TOO_LONG, Severity.WARNING, "^(## （一）主动公开\n)",
						"$1| " + "政务公开工作持续推进。".repeat(90) + "\n"),
				Arguments.of(IssueCodes.MISSING_MENTION, Severity.WARNING, "信息处理费", "处理费用"),
				Arguments.of(IssueCodes.MISSING_PUBLISHED, Severity.WARNING, "^\\s*published 2025-01-24\n", ""),
				Arguments.of(IssueCodes.TITLE_INCOMPLETE, Severity.WARNING, "^(\\s*year 2024\n)",
						"$1  title \"政府信息公开工作年度报告\"\n"),
				Arguments.of(IssueCodes.PROSE_TOO_SHORT, Severity.WARNING, "^(# 五、[^\n]*\n).*?(?=^# 六)", "$1| 无。\n"),
				Arguments.of(IssueCodes.ITEM_MISNUMBERED, Severity.WARNING, "^## （三）政府信息管理", "## （四）政府信息管理"),
				Arguments.of(IssueCodes.FORM_NOT_FOUND, Severity.ERROR, "^report (\\S+)", "report $1 form 山东格式"),
				Arguments.of(IssueCodes.UNKNOWN_REFERENCE, Severity.ERROR, "\\{本年新收.总计\\}", "{本年新收.合计}"),
				Arguments.of(IssueCodes.UNKNOWN_REFERENCE, Severity.ERROR, "\\{本年新收.总计\\}", "{本年收到.总计}"),
				Arguments.of(IssueCodes.AMBIGUOUS_REFERENCE, Severity.ERROR, "\\{本年新收.总计\\}", "{本年新收.商业企业}{规章}"),
				Arguments.of(IssueCodes.PROSE_CONTRADICTS_TABLE, Severity.WARNING, "\\{本年新收.总计\\}", "75"),
				Arguments.of(IssueCodes.PROSE_CONTRADICTS_TABLE, Severity.WARNING, "\\{行政许可\\}", "3168"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"41", "四十一"})
	void proseStatingTheTableFigureOrInWordsIsFine(String stated) {
		List<Issue> issues = Validation.issues(BASE.replace("{本年新收.总计}", stated));
		assertEquals(List.of(), issues, Validation.describe(issues));
	}

	@Test
	void theContradictionSitsOnTheNumberAndNamesTheReference() {
		String text = BASE.replace("{本年新收.总计}", "75");
		List<Issue> issues = Validation.issues(text);
		assertEquals(1, issues.size(), Validation.describe(issues));
		Issue issue = issues.get(0);
		assertEquals("75", text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()));
		assertEquals(List.of(new IssueDatum.Citation("本年新收.总计")), IssueData.of(issue));
		assertTrue(issue.getMessage().contains("为 41"), issue.getMessage());
	}

	@ParameterizedTest(name = "{0} ← {2}")
	@MethodSource("mistakes")
	void mistakeGivesItsDiagnostic(String code, Severity severity, String regex, String replacement) {
		List<Issue> issues = Validation.issues(change(regex, replacement));
		assertTrue(issues.stream().anyMatch(i -> code.equals(i.getCode()) && i.getSeverity() == severity),
				code + " expected, got " + Validation.describe(issues));
		assertTrue(issues.stream().allMatch(i -> i.getLineNumber() != null && i.getLineNumber() > 0),
				"every diagnostic has a location: " + Validation.describe(issues));
	}

	@ParameterizedTest
	@ValueSource(strings = {"2025-01-01", "2025-01-31", "2025-1-5"})
	void publicationInJanuaryIsFine(String date) {
		List<Issue> issues = Validation.issues(BASE.replace("published 2025-01-24", "published " + date));
		assertEquals(List.of(), issues, Validation.describe(issues));
	}

	@Test
	void overviewOfExactlyOneThousandCharactersIsFine() {
		String overview = "总".repeat(1000);
		String text = BASE.replaceAll("(?s)(# 一、总体情况\n).*?(?=# 二)", "$1| " + overview + "\n\n");
		assertEquals(List.of(), Validation.issues(text));
		List<Issue> issues = Validation.issues(text.replace(overview, overview + "总"));
		assertEquals(List.of(IssueCodes.PROSE_TOO_LONG), issues.stream().map(Issue::getCode).toList());
		assertTrue(issues.get(0).getMessage().contains("1001 字"), issues.get(0).getMessage());
	}

	@Test
	void fullWidthDigitsStillCountInTheTotals() {
		List<Issue> issues = Validation.issues(BASE.replaceAll("(?m)^本年新收\\s+33 5 0 0 2 1 41", "本年新收 ３３ 5 0 0 2 1 ４１"));
		assertEquals(List.of(IssueCodes.FULL_WIDTH_DIGITS, IssueCodes.FULL_WIDTH_DIGITS),
				issues.stream().map(Issue::getCode).toList(), Validation.describe(issues));
	}

	@Test
	void totalsMarkedComputedAndTheComputedRowLeftOutNeedNotBeWritten() {
		String text = BASE.replaceAll("(?m)^办理结果总计.*\n", "").replaceAll("(?m)^(本年新收\\s+33 5 0 0 2 1) 41", "$1 =")
				.replaceAll("(?m)^案件数 .*$", "案件数 1 0 0 1 =  1 0 0 0 =  0 0 0 0 =");
		List<Issue> issues = Validation.issues(text);
		assertEquals(List.of(), issues, Validation.describe(issues));
	}
}
