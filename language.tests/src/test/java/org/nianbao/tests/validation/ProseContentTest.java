package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/** What the prose parts must contain, and how the messages about them read to a clerk. */
class ProseContentTest {

	private static final String BASE = ReportText.ANHE_2024;

	/** The example with part 五 replaced by the given lines. */
	private static String partFive(String lines) {
		return BASE.replaceAll("(?s)(# 五、存在的主要问题及改进情况\n).*?(?=# 六)", "$1" + lines + "\n");
	}

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	@Test
	void anEmptyPartFiveIsWarned() {
		List<Issue> issues = Validation.issues(partFive(""));
		assertEquals(List.of(IssueCodes.PROSE_TOO_SHORT), codes(issues), Validation.describe(issues));
		assertEquals("“五、存在的主要问题及改进情况”没有内容：格式要求此部分写明本年的具体情况，请补充", issues.get(0).getMessage());
		List<Issue> headingsOnly = Validation.issues(partFive("## （一）存在的主要问题\n## （二）改进情况"));
		assertEquals(List.of(IssueCodes.PROSE_TOO_SHORT), codes(headingsOnly), "headings are no content");
	}

	@ParameterizedTest
	@ValueSource(strings = {"| 无", "| 无。", "| 暂无。"})
	void aPartSayingOnlyNothingIsWarned(String line) {
		List<Issue> issues = Validation.issues(partFive(line));
		assertEquals(List.of(IssueCodes.PROSE_TOO_SHORT), codes(issues), Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().startsWith("“五、存在的主要问题及改进情况”只写了“"), issues.get(0).getMessage());
	}

	@Test
	void aFewCharactersAreTooFewButTenAreEnough() {
		List<Issue> issues = Validation.issues(partFive("| 问题已整改。"));
		assertEquals(List.of(IssueCodes.PROSE_TOO_SHORT), codes(issues), Validation.describe(issues));
		assertEquals("“五、存在的主要问题及改进情况”只有 5 个字：格式要求此部分写明本年的具体情况，请补充", issues.get(0).getMessage());
		assertEquals(List.of(), Validation.issues(partFive("| 政策解读形式较为单一，已改进。")));
	}

	@Test
	void partSixStatingTheFeeBrieflySaysEnough() {
		String text = BASE.replaceAll("(?s)(# 六、其他需要报告的事项\n).*\\z", "$1| 未收取信息处理费。\n");
		assertEquals(List.of(), Validation.issues(text));
	}

	@Test
	void feesWithoutTheWordInformationProcessingFeeSayWhatToWrite() {
		String text = BASE.replaceAll("(?s)(# 六、其他需要报告的事项\n).*\\z", "$1| 本年度办理政府信息公开申请未收取任何费用。\n");
		List<Issue> issues = Validation.issues(text);
		assertEquals(List.of(IssueCodes.MISSING_MENTION), codes(issues), Validation.describe(issues));
		assertEquals("“六、其他需要报告的事项”说到了“费用”，但没有写明“信息处理费”：格式要求按《政府信息公开信息处理费管理办法》报告信息处理费的收取情况，"
				+ "请写“本年度未收取信息处理费”，或写明收取的金额，如“本年度共收取信息处理费××元”", issues.get(0).getMessage());

		String silent = BASE.replaceAll("(?s)(# 六、其他需要报告的事项\n).*\\z", "$1| 本年度无其他需要报告的事项。\n");
		List<Issue> keeps = Validation.issues(silent);
		assertEquals(List.of(IssueCodes.MISSING_MENTION), codes(keeps), Validation.describe(keeps));
		assertTrue(keeps.get(0).getMessage().startsWith("“六、其他需要报告的事项”未提及“信息处理费”"), keeps.get(0).getMessage());
	}

	@Test
	void tooLongSaysTheCountAndTheLimitPlainly() {
		String text = BASE.replaceAll("(?s)(# 一、总体情况\n).*?(?=# 二)", "$1| " + "总".repeat(1136) + "\n\n");
		List<Issue> issues = Validation.issues(text);
		assertEquals(List.of(IssueCodes.PROSE_TOO_LONG), codes(issues), Validation.describe(issues));
		assertEquals("“一、总体情况”共 1136 字，格式要求原则上不超过 1000 字", issues.get(0).getMessage());
	}

	@Test
	void aMisnumberedPartHeadingSaysTheHeadingNumberIsWrong() {
		List<Issue> issues = Validation.issues(BASE.replace("# 三、收到", "# 3、收到"));
		assertEquals(List.of(IssueCodes.HEADING_MISNUMBERED), codes(issues), Validation.describe(issues));
		assertEquals("标题编号有误：“3、收到和处理政府信息公开申请情况”应为“三、收到和处理政府信息公开申请情况”", issues.get(0).getMessage());
	}

	@Test
	void aShortRowSaysTotalAsTheColumnIsPrinted() {
		List<Issue> issues = Validation.issues(BASE.replaceAll("(?m)^予以公开\\s+14 3 0 0 1 1 19$", "予以公开 14 3 0 0 1"));
		assertEquals(List.of(IssueCodes.WRONG_VALUE_COUNT), codes(issues), Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().contains("没有发生的事项填 0，总计可写 = 由系统计算"), issues.get(0).getMessage());
	}

	/** Page numbers and a running header left in part 一's text (as copied from a PDF) are not counted as its words. */
	@Test
	void partOneIsMeasuredWithoutPageFurniture() {
		String longer = "| " + "依法依规做好政府信息公开工作。".repeat(70) + "\n";
		String plain = BASE.replace("# 二、主动公开政府信息情况", longer + "\n# 二、主动公开政府信息情况");
		String header = "| 安和县市场监督管理局2024年政府信息公开工作年度报告\n";
		String withFurniture = BASE.replace("# 二、主动公开政府信息情况",
				"| -2-\n" + header + longer + "| — 3 —\n" + header + "\n# 二、主动公开政府信息情况");
		List<Issue> a = Validation.issues(plain).stream().filter(i -> IssueCodes.PROSE_TOO_LONG.equals(i.getCode()))
				.toList();
		List<Issue> b = Validation.issues(withFurniture).stream()
				.filter(i -> IssueCodes.PROSE_TOO_LONG.equals(i.getCode())).toList();
		assertEquals(1, a.size(), a.toString());
		assertEquals(a.get(0).getMessage(), b.get(0).getMessage());
	}
}
