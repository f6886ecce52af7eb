package org.nianbao.importer.map;

import java.util.regex.Pattern;

/** What a printed value cell holds: a number, a placeholder clerks print instead of 0, or nothing. */
final class Cells {

	/** The language's blank-cell mark. */
	static final String BLANK = "_";

	private static final Pattern NUMBER = Pattern.compile("-?[0-9０-９][0-9０-９.,．]*");
	/** The placeholders the language reads as one cell each (Nianbao.xtext, rule Placeholder). */
	private static final Pattern PLACEHOLDER = Pattern.compile("/|／|[-－—–―]+|〇|无|空|零");

	private Cells() {
	}

	static boolean isValue(String text) {
		String s = compact(text);
		return s.isEmpty() || NUMBER.matcher(s).matches() || PLACEHOLDER.matcher(s).matches();
	}

	/** The cell as a value of a figure row: the number or placeholder as printed, {@value #BLANK} when blank. */
	static String token(String text) {
		String s = compact(text);
		if (s.isEmpty()) {
			return BLANK;
		}
		return s;
	}

	/** A number with a unit printed in its cell ("3件"): the number; else null. */
	static String numberBeforeUnit(String text) {
		var m = Pattern.compile("(-?[0-9０-９][0-9０-９.,．]*)\\s*(件|个|条|次|万元|元|人)").matcher(compact(text));
		return m.matches() ? m.group(1) : null;
	}

	private static String compact(String text) {
		return text == null ? "" : text.replaceAll("[\\s\\u00A0\\u3000\\u200B]+", "");
	}
}
