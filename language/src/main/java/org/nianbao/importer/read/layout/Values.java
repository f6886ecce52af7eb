package org.nianbao.importer.read.layout;

import java.util.regex.Pattern;

import org.nianbao.form.MeasureWords;

/** Whether a span's text is a table figure: a number (perhaps with its unit, 3119 件) or a placeholder for 0. */
final class Values {

	private static final Pattern NUMBER = Pattern
			.compile("[-－]?[0-9０-９][0-9０-９.,．]*%?\\s*(?:" + MeasureWords.ALTERNATION + ")?");
	/** What clerks print instead of 0; 无/空/零 only in a cell of their own (see {@link #isValue(String, boolean)}). */
	private static final Pattern MARK = Pattern.compile("/|／|[-－—–―]+|〇");
	private static final Pattern WORD = Pattern.compile("无|空|零");

	private Values() {
	}

	/** {@code standalone}: the span is not the first on its line, so a lone 无 is a cell, not a label's fragment. */
	static boolean isValue(String text, boolean standalone) {
		String s = text.strip();
		return NUMBER.matcher(s).matches() || MARK.matcher(s).matches() || (standalone && WORD.matcher(s).matches());
	}

	static boolean isNumber(String text) {
		return NUMBER.matcher(text.strip()).matches();
	}

	static boolean isUnit(String text) {
		return text.matches(MeasureWords.ALTERNATION);
	}
}
