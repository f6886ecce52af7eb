package org.nianbao.tests.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.ReportText;
import org.nianbao.tests.support.Validation;

/** Messages name a row by what is printed for it, or by its name where nothing is printed (table 4's row). */
class LabelsTest {

	@Test
	void aDuplicateRowOfTableFourIsNamed() {
		String text = ReportText.ANHE_2024.replace("# 五、存在的主要问题及改进情况",
				"案件数 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n\n# 五、存在的主要问题及改进情况");
		List<Issue> issues = Validation.issues(text);
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().startsWith("重复的行“案件数”")), Validation.describe(issues));
		assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("“”")), Validation.describe(issues));
	}
}
