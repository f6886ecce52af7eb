package org.nianbao.tests.fuzz;

import org.nianbao.issues.IssueCodes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/** No input produces an exception instead of diagnostics: truncations and random edits of a real report. */
class RobustnessTest {

	private static void validatesWithoutException(String text) {
		List<Issue> issues;
		try {
			issues = Validation.issues(text);
		} catch (RuntimeException e) {
			throw new AssertionError("exception for input:\n" + text, e);
		}
		assertTrue(issues.stream().allMatch(i -> i.getLineNumber() != null && i.getMessage() != null));
	}

	@Test
	void everyTruncationOfTheExampleIsDiagnosed() {
		String base = ReportText.ANHE_2024;
		for (int end = 0; end < base.length(); end += 37) {
			validatesWithoutException(base.substring(0, end));
		}
	}

	@Test
	void randomEditsAreDiagnosed() {
		String base = ReportText.ANHE_2024;
		String alphabet = "0123456789０１２ -/.,{}|#\n\"（）、一三总计all zero others report form part";
		Random random = new Random(20241231L);
		for (int i = 0; i < 300; i++) {
			StringBuilder text = new StringBuilder(base);
			for (int edit = 0; edit < 3; edit++) {
				int at = random.nextInt(text.length());
				switch (random.nextInt(3)) {
				case 0 -> text.deleteCharAt(at);
				case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
				default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			validatesWithoutException(text.toString());
		}
	}

	@Test
	void syntaxErrorsAreSaidInChinese() {
		List<Issue> issues = Validation.issues(ReportText.ANHE_2024.replace("  year 2024", "  year ？"));
		assertTrue(
				issues.stream().anyMatch(
						i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode()) && i.getMessage().startsWith("语法错误")),
				Validation.describe(issues));
	}
}
