package org.nianbao.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A heading split into its number ("一", "3", "（一）") and its title, as clerks write them. */
public record HeadingText(String number, String title) {

	private static final Pattern NUMBERED = Pattern
			.compile("^\\s*([一二三四五六七八九十]+|[0-9０-９]+)\\s*[、.．,，]\\s*(.*)$");
	private static final Pattern BRACKETED = Pattern
			.compile("^\\s*[（(]\\s*([一二三四五六七八九十0-9０-９]+)\\s*[）)]\\s*(.*)$");

	public static HeadingText parse(String text) {
		String s = text == null ? "" : text.strip();
		Matcher m = NUMBERED.matcher(s);
		if (m.matches()) {
			return new HeadingText(m.group(1), m.group(2).strip());
		}
		m = BRACKETED.matcher(s);
		if (m.matches()) {
			return new HeadingText(m.group(1), m.group(2).strip());
		}
		return new HeadingText(null, s);
	}
}
