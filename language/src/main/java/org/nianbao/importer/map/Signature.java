package org.nianbao.importer.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The closing signature's date line, "2024年1月19日" (also with spaces or full-width digits), as yyyy-mm-dd. */
final class Signature {

	private static final Pattern DATE = Pattern
			.compile("^\\s*([0-9０-９]{4})\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日\\s*$");

	private Signature() {
	}

	/** The date as the language writes it, or null when the line is not a date. */
	static String date(String line) {
		Matcher m = DATE.matcher(line);
		if (!m.matches()) {
			return null;
		}
		return digits(m.group(1)) + "-" + pad(digits(m.group(2))) + "-" + pad(digits(m.group(3)));
	}

	private static String pad(String s) {
		return s.length() == 1 ? "0" + s : s;
	}

	static String digits(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().forEach(c -> out.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
		return out.toString();
	}
}
