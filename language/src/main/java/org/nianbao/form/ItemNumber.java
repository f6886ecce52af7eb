package org.nianbao.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number in front of a sub-item heading, and how GB/T 9704 numbers each level below the parts (一、):
 * （一） at the second level, 1. at the third, （1） at the fourth.
 */
public record ItemNumber(Style style, int value, int start, int end) {

	/** The ways of numbering a heading. */
	public enum Style {
		/** （一） */
		BRACKETED_CHINESE,
		/** 1. */
		DOTTED_ARABIC,
		/** （1） */
		BRACKETED_ARABIC,
		/** 一、 */
		DOTTED_CHINESE;

		/** The style of a heading level: 2 for ##, 3 for ###, 4 for ####; null for a level without one. */
		public static Style ofLevel(int level) {
			return switch (level) {
			case 2 -> BRACKETED_CHINESE;
			case 3 -> DOTTED_ARABIC;
			case 4 -> BRACKETED_ARABIC;
			default -> null;
			};
		}

		public String format(int value) {
			return switch (this) {
			case BRACKETED_CHINESE -> "（" + ChineseNumerals.of(value) + "）";
			case DOTTED_ARABIC -> value + ".";
			case BRACKETED_ARABIC -> "（" + value + "）";
			case DOTTED_CHINESE -> ChineseNumerals.of(value) + "、";
			};
		}
	}

	private static final Pattern BRACKETED = Pattern.compile("^\\s*[（(]\\s*([〇零一二三四五六七八九十百]+|[0-9０-９]+)\\s*[）)]");
	private static final Pattern DOTTED = Pattern.compile("^\\s*([〇零一二三四五六七八九十百]+|[0-9０-９]+)\\s*[、.．]");

	/** The number a heading starts with, or null when it has none. */
	public static ItemNumber parse(String heading) {
		if (heading == null) {
			return null;
		}
		Matcher m = BRACKETED.matcher(heading);
		boolean bracketed = m.find();
		if (!bracketed) {
			m = DOTTED.matcher(heading);
			if (!m.find()) {
				return null;
			}
		}
		String number = m.group(1);
		boolean arabic = Character.isDigit(number.charAt(0));
		long value = arabic ? Long.parseLong(halfWidth(number)) : ChineseNumerals.parse(number);
		if (value < 0 || value > 999) {
			return null;
		}
		Style style = bracketed
				? (arabic ? Style.BRACKETED_ARABIC : Style.BRACKETED_CHINESE)
				: (arabic ? Style.DOTTED_ARABIC : Style.DOTTED_CHINESE);
		int start = 0;
		while (Character.isWhitespace(heading.charAt(start))) {
			start++;
		}
		return new ItemNumber(style, (int) value, start, m.end());
	}

	/** The number as written: "（二）", "3." */
	public String text(String heading) {
		return heading.substring(start, end);
	}

	private static String halfWidth(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().forEach(c -> out.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
		return out.toString();
	}
}
