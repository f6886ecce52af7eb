package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.nianbao.issues.IssueDatum;
import org.nianbao.issues.IssueData;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.ReportText;
import org.nianbao.tests.support.Validation;
import org.nianbao.issues.IssueCodes;

/**
 * A row like no row of the form by its words, as import keeps a garbled printed label ("4.保第三方权" in quotes): told
 * where it stands and which rows are not written there (the quick fix's choices), and those not reported again.
 */
class RowPlaceTest {

	private static List<Issue> errors(String text) {
		return Validation.issues(text).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.toList();
	}

	@Test
	void aQuotedPrintedLabelStandsForTheOneRowNotWrittenAtItsPlace() {
		List<Issue> issues = errors(ReportText.ANHE_2024.replace("第三方合法权益    2", "\"4.保第三方权\"    2"));
		assertEquals(1, issues.size(), Validation.describe(issues));
		Issue issue = issues.get(0);
		assertEquals(IssueCodes.UNKNOWN_ROW, issue.getCode());
		assertEquals("表格中没有印作“4.保第三方权”的行（可能是写错，或是旧格式的行；写在“三安全一稳定”与“内部事务信息”之间，此处未填的行：4.保护第三方合法权益）",
				issue.getMessage());
		assertEquals(List.of(new IssueDatum.RowChoices(List.of("第三方合法权益"))), IssueData.of(issue));
	}

	@Test
	void aQuotedNameIsAPrintedLabelNeverTheRow() {
		List<Issue> issues = errors(ReportText.ANHE_2024.replace("第三方合法权益    2", "\"第三方合法权益\" 2"));
		assertEquals(List.of(IssueCodes.UNKNOWN_ROW), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
	}

	@Test
	void twoUnknownRowsWhereOneIsMissingAreEachSaidAndTheMissingRowIsNot() {
		List<Issue> issues = errors(ReportText.ANHE_2024.replace("第三方合法权益    2", "甲乙丙丁    2")
				.replace("内部事务信息      1", "戊己庚辛      1"));
		assertEquals(List.of(IssueCodes.UNKNOWN_ROW, IssueCodes.UNKNOWN_ROW),
				issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
	}
}
