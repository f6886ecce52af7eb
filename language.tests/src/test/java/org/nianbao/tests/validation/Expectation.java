package org.nianbao.tests.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diagnostic an example file declares: a line {@code // expect: SEVERITY CODE "fragment"} placed just
 * before the line the diagnostic must sit on (the next line that is neither blank nor a comment).
 */
record Expectation(int line, String severity, String code, String fragment) {

	private static final Pattern EXPECT = Pattern
			.compile("^\\s*//\\s*expect:\\s*(error|warning)\\s+(\\S+)(?:\\s+\"(.*)\")?\\s*$");

	static List<Expectation> in(String text) {
		String[] lines = text.split("\r?\n", -1);
		List<Expectation> expectations = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			Matcher m = EXPECT.matcher(lines[i]);
			if (!m.matches()) {
				continue;
			}
			int target = i + 1;
			while (target < lines.length && (lines[target].isBlank() || lines[target].strip().startsWith("//"))) {
				target++;
			}
			expectations.add(new Expectation(target + 1, m.group(1), m.group(2), m.group(3)));
		}
		return expectations;
	}

	boolean matches(int line, String severity, String code, String message) {
		return this.line == line && this.severity.equals(severity) && this.code.equals(code)
				&& (fragment == null || message.contains(fragment));
	}
}
