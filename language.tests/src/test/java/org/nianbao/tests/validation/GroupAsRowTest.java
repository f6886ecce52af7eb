package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.ReportText;
import org.nianbao.tests.support.Validation;
import org.nianbao.issues.IssueCodes;

/**
 * A group of table 3 written as one row of figures, as reports print （六）其他处理 or （三）不予公开 without their rows:
 * one diagnostic on that row naming the rows not written, not an unknown row and a missing row for the same thing.
 */
class GroupAsRowTest {

	private static final String SIX_ROWS = """
			逾期不补正        1 0 0 0 0 0  1
			逾期未缴费        0 0 0 0 0 0  0
			其他              0 0 0 0 0 0  0
			""";

	private static List<Issue> tableIssues(String text) {
		return Validation.issues(text).stream().filter(i -> !IssueCodes.MISSING_PUBLISHED.equals(i.getCode())).toList();
	}

	@Test
	void otherHandlingPrintedAsOneRowIsSaidOnce() {
		assertTrue(ReportText.ANHE_2024.contains(SIX_ROWS));
		for (String written : List.of("其他处理", "（六）其他处理")) {
			List<Issue> issues = tableIssues(ReportText.ANHE_2024.replace(SIX_ROWS, written + " 1 0 0 0 0 0 1\n"));
			assertEquals(1, issues.size(), Validation.describe(issues));
			Issue issue = issues.get(0);
			assertEquals(IssueCodes.GROUP_AS_ROW, issue.getCode());
			assertEquals("“" + written + "”是分组" + (written.equals("其他处理") ? "“（六）其他处理”" : "")
					+ "，不是一行：格式要求分别填写其下各行，缺少 3 行：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请；"
					+ "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请；3.其他（原表只印了这一行的，请核对后分行填写）",
					issue.getMessage());
		}
	}

	@Test
	void notDisclosedPrintedAsOneRowNamesItsEightRows() {
		String eight = ReportText.ANHE_2024.substring(ReportText.ANHE_2024.indexOf("国家秘密 "),
				ReportText.ANHE_2024.indexOf("不掌握相关信息"));
		List<Issue> issues = tableIssues(ReportText.ANHE_2024.replace(eight, "（三）不予公开 5 1 0 0 1 0 7\n"));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals(IssueCodes.GROUP_AS_ROW, issues.get(0).getCode());
		assertTrue(issues.get(0).getMessage().contains("缺少 8 行：1.属于国家秘密；2.其他法律行政法规禁止公开；"), issues.get(0).getMessage());
	}

	@Test
	void aGroupWrittenBesideItsRowsIsOneRowTooMany() {
		List<Issue> issues = tableIssues(ReportText.ANHE_2024.replace(SIX_ROWS, SIX_ROWS + "其他处理 1 0 0 0 0 0 1\n"));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals("“其他处理”是分组“（六）其他处理”，不是一行：格式要求分别填写其下各行，这些行已填写，请删除此行", issues.get(0).getMessage());
	}

	@Test
	void anUnknownRowIsStillOne() {
		List<Issue> issues = tableIssues(ReportText.ANHE_2024.replace("第三方合法权益    2", "保护第三方合法权  2"));
		assertEquals(List.of(IssueCodes.UNKNOWN_ROW), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().contains("“第三方合法权益”（三（三）4）"), issues.get(0).getMessage());
	}
}
