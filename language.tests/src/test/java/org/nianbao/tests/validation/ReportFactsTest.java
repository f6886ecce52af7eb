package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/** The facts at the head of a report: publication date, year against the form, title. */
class ReportFactsTest {

	private static final String BASE = ReportText.ANHE_2024;

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	@Test
	void aReportWithoutPublicationDateIsWarnedThatTheDocumentHasNoDate() {
		List<Issue> issues = Validation.issues(BASE.replace("published 2025-01-24", ""));
		assertEquals(List.of(IssueCodes.MISSING_PUBLISHED), codes(issues), Validation.describe(issues));
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertTrue(issues.get(0).getMessage().contains("落款处将没有日期"), issues.get(0).getMessage());
		assertTrue(issues.get(0).getMessage().contains("published 2025年1月20日"), issues.get(0).getMessage());
	}

	@Test
	void withoutAYearTheMissingDateStillSuggestsADate() {
		List<Issue> issues = Validation.issues(BASE.replace("published 2025-01-24", "").replace("year 2024", ""));
		Issue missing = issues.stream().filter(i -> IssueCodes.MISSING_PUBLISHED.equals(i.getCode())).findFirst()
				.orElseThrow();
		assertTrue(
				missing.getMessage().endsWith("请写 published 发布日期（报告年度次年1月的日期，如 year 2024 的报告写 published 2025年1月20日）"),
				missing.getMessage());
	}

	@Test
	void aYearBeforeTheNationalFormTookEffectIsWarned() {
		String text = BASE.replace("year 2024", "year 2020").replace("published 2025-01-24", "published 2021-01-24")
				.replaceAll("(?m)^\\s*previous .*\n", "").replace("（上年{previous.本年新收.总计}件）", "");
		List<Issue> issues = Validation.issues(text);
		assertEquals(List.of(IssueCodes.FORM_NOT_YET_IN_FORCE), codes(issues), Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().startsWith("报告年度为 2020 年，而现行全国格式（国办公开办函〔2021〕30号）自 2021 年度报告起适用"),
				issues.get(0).getMessage());
		String first = text.replace("year 2020", "year 2021").replace("published 2021-01-24", "published 2022-01-24");
		assertEquals(List.of(), Validation.issues(first), "2021 is the first year of the format");
	}

	@Test
	void aWrittenTitleMustNameTheOrganAndTheYear() {
		String header = "  year 2024\n";
		String good = BASE.replace(header, header + "  title \"安和县市场监督管理局\" \"2024年政府信息公开工作年度报告\"\n");
		assertEquals(List.of(), Validation.issues(good));

		List<Issue> noYear = Validation.issues(good.replace("\"2024年政府信息公开工作年度报告\"", "\"政府信息公开工作年度报告\""));
		assertEquals(List.of(IssueCodes.TITLE_INCOMPLETE), codes(noYear), Validation.describe(noYear));
		assertEquals("标题中没有报告年度“2024年”：年度报告的标题应写明机关全称和年度，如“安和县市场监督管理局2024年政府信息公开工作年度报告”",
				noYear.get(0).getMessage());

		List<Issue> noOrgan = Validation.issues(good.replace("\"安和县市场监督管理局\" ", "\"安和县市场监管局\" "));
		assertEquals(List.of(IssueCodes.TITLE_INCOMPLETE), codes(noOrgan), Validation.describe(noOrgan));
		assertTrue(noOrgan.get(0).getMessage().startsWith("标题中没有发布机关“安和县市场监督管理局”"), noOrgan.get(0).getMessage());
	}

	@Test
	void aTitleInOtherWordsThanTheFormatsIsWarnedWithTheExpectedWording() {
		String header = "  year 2024\n";
		// a real township report was titled …政府信息公开年度报告, without 工作
		List<Issue> issues = Validation
				.issues(BASE.replace(header, header + "  title \"安和县市场监督管理局\" \"2024年政府信息公开年度报告\"\n"));
		assertEquals(List.of(IssueCodes.TITLE_WORDING), codes(issues), Validation.describe(issues));
		assertEquals("标题应写作“…政府信息公开工作年度报告”（格式规定的报告名称）：“安和县市场监督管理局2024年政府信息公开年度报告”"
				+ "宜为“安和县市场监督管理局2024年政府信息公开工作年度报告”", issues.get(0).getMessage());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());

		List<Issue> other = Validation.issues(BASE.replace(header, header + "  title \"安和县市场监督管理局2024年工作总结\"\n"));
		assertEquals(List.of(IssueCodes.TITLE_WORDING), codes(other), Validation.describe(other));
		assertTrue(other.get(0).getMessage().endsWith("宜为“安和县市场监督管理局2024年政府信息公开工作年度报告”"), other.get(0).getMessage());

		// the year after the name, as a real township printed it, is the format's name
		List<Issue> yearAfter = Validation
				.issues(BASE.replace(header, header + "  title \"安和县市场监督管理局政府信息公开工作年度报告（2024年度）\"\n"));
		assertEquals(List.of(), yearAfter, Validation.describe(yearAfter));
	}

	@Test
	void aPeoplesGovernmentMayBeNamedByItsPlace() {
		String township = BASE.replace("organ \"安和县市场监督管理局\"", "organ \"安和县城关镇人民政府\"");
		String header = "  year 2024\n";
		assertEquals(List.of(),
				Validation.issues(township.replace(header, header + "  title \"城关镇2024年政府信息公开工作年度报告\"\n")));
		List<Issue> other = Validation.issues(township.replace(header, header + "  title \"河西镇2024年政府信息公开工作年度报告\"\n"));
		assertEquals(List.of(IssueCodes.TITLE_INCOMPLETE), codes(other), Validation.describe(other));
	}

	@Test
	void anInvalidDateIsOneErrorThatShowsBothWaysOfWritingIt() {
		List<Issue> issues = Validation.issues(BASE.replace("published 2025-01-24", "published 2025-02-30"));
		assertEquals(List.of(IssueCodes.INVALID_DATE), codes(issues), Validation.describe(issues));
		assertEquals("发布日期“2025-02-30”不是有效日期：请写成 2025年1月20日 或 2025-01-20 的形式，月、日须是日历上有的日子",
				issues.get(0).getMessage());
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = {"2025年1月24日", "2025年01月24日", "２０２５年１月２４日", "2025-01-24",
			"2025-1-24"})
	void bothWaysOfWritingTheDateAreRead(String date) {
		List<Issue> issues = Validation.issues(BASE.replace("published 2025-01-24", "published " + date));
		assertEquals(List.of(), issues, Validation.describe(issues));
		List<Issue> late = Validation
				.issues(BASE.replace("published 2025-01-24", "published " + date.replace("1月", "2月")
						.replace("01月", "02月").replace("１月", "２月").replace("-01-", "-02-").replace("-1-", "-2-")));
		assertEquals(List.of(IssueCodes.PUBLISHED_LATE), codes(late),
				"the date is read, not just accepted: " + Validation.describe(late));
	}

	@Test
	void aDateWrittenWithSpacesIsReadAndABadOneIsOneError() {
		// text extracted from Word often has spaces around the numbers
		List<Issue> issues = Validation.issues(BASE.replace("published 2025-01-24", "published 2025 年 1 月 24 日"));
		assertEquals(List.of(), issues, Validation.describe(issues));
		List<Issue> late = Validation.issues(BASE.replace("published 2025-01-24", "published 2025 年 2 月 24 日"));
		assertEquals(List.of(IssueCodes.PUBLISHED_LATE), codes(late), Validation.describe(late));
		List<Issue> bad = Validation.issues(BASE.replace("published 2025-01-24", "published 2025 年 13 月 1 日"));
		assertEquals(List.of(IssueCodes.INVALID_DATE), codes(bad), Validation.describe(bad));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = {"2025年2月30日", "2025年13月1日", "2025年1月", "2025年1月24",
			"2025/1/24",
			"2025-02-30", "2025-1", "2025.01.24", "20250124"})
	void aBadDateIsOneErrorAndNothingElse(String date) {
		List<Issue> issues = Validation.issues(BASE.replace("published 2025-01-24", "published " + date));
		assertEquals(List.of(IssueCodes.INVALID_DATE), codes(issues), Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().startsWith("发布日期“" + date + "”不是有效日期"), issues.get(0).getMessage());
	}
}
