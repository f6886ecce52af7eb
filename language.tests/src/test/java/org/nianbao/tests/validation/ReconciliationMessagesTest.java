package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/** The reconciliation messages show the equation with the actual numbers and sit on the offending figure. */
class ReconciliationMessagesTest {

	private static List<Issue> table3(String rows) {
		return Validation.issues(ReportText.town().table3(rows).text());
	}

	@Test
	void balanceRuleShowsTheEquationInTheColumnItBreaks() {
		List<Issue> issues = table3("""
				本年新收 5 0 0 0 0 0 =
				上年结转 1 0 0 0 0 0 =
				予以公开 4 0 0 0 0 0 =
				结转下年 1 0 0 0 0 0 =
				others zero
				""");
		assertEquals(1, issues.size(), Validation.describe(issues));
		Issue issue = issues.get(0);
		assertEquals(IssueCodes.RULE_VIOLATED, issue.getCode());
		assertEquals("勾稽关系不成立（自然人列）：一 + 二 = 5 + 1 = 6，三（七）+ 四 = 4 + 1 = 5", issue.getMessage());
		assertEquals(10, issue.getLineNumber());
		assertEquals(ReportText.town().bodyOffset(3) + "本年新收 ".length(), issue.getOffset(), "on the figure 5 of row 一");
		assertEquals(1, issue.getLength());
	}

	@Test
	void balancedTableHasNoDiagnostic() {
		assertEquals(List.of(), table3("""
				本年新收 5 0 0 0 0 0 =
				上年结转 1 0 0 0 0 0 =
				予以公开 4 0 0 0 0 0 =
				部分公开 1 0 0 0 0 0 =
				结转下年 1 0 0 0 0 0 =
				others zero
				"""));
	}

	@Test
	void writtenTotalColumnIsCheckedAgainstTheSixApplicantColumns() {
		List<Issue> issues = table3("""
				本年新收 5 1 0 0 0 0 7
				予以公开 5 1 0 0 0 0 6
				others zero
				""");
		assertEquals(List.of(IssueCodes.TOTAL_MISMATCH), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		assertEquals("合计不符（“一、本年新收政府信息公开申请数量”行）：总计写为 7，而 自然人 + 商业企业 = 5 + 1 = 6", issues.get(0).getMessage());
		assertEquals(ReportText.town().bodyOffset(3) + "本年新收 5 1 0 0 0 0 ".length(), issues.get(0).getOffset());
	}

	@Test
	void writtenResultTotalIsCheckedAgainstEveryResultItem() {
		List<Issue> issues = table3("""
				本年新收 4 0 0 0 0 0 =
				予以公开 2 0 0 0 0 0 =
				国家秘密 1 0 0 0 0 0 =
				其他     1 0 0 0 0 0 =
				办理结果总计 3 0 0 0 0 0 =
				others zero
				""");
		assertEquals(List.of(IssueCodes.TOTAL_MISMATCH), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		assertEquals("合计不符（自然人列）：三（七）写为 3，而 三（一）+ 三（三）1 + 三（六）3 = 2 + 1 + 1 = 4",
				issues.get(0).getMessage());
	}

	@Test
	void reviewAndLitigationTotalsAreEachTheSumOfTheirFourResults() {
		String report = ReportText.town().text();
		assertEquals(List.of(), Validation.issues(report.replaceFirst("# 四、(.*)\nall zero",
				"# 四、$1\n案件数 1 1 0 0 2  0 0 1 1 2  0 0 0 1 1")));
		List<Issue> issues = Validation.issues(report.replaceFirst("# 四、(.*)\nall zero",
				"# 四、$1\n案件数 1 1 0 0 2  0 0 1 1 2  0 0 0 1 2"));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals("合计不符：复议后起诉总计写为 2，而 复议后起诉尚未审结 = 1", issues.get(0).getMessage());
	}

	@Test
	void aRuleBrokenInOneColumnIsNotRepeatedForTheTotalColumn() {
		List<Issue> issues = table3("""
				本年新收 3 2 0 0 0 0 5
				予以公开 2 2 0 0 0 0 4
				others zero
				""");
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals("勾稽关系不成立（自然人列）：一 + 二 = 3 + 0 = 3，三（七）+ 四 = 2 + 0 = 2", issues.get(0).getMessage());
	}
}
