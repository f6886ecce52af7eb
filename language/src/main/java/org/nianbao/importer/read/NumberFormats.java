package org.nianbao.importer.read;

/** Renders a list counter the way Word's number formats print it (一, 十一, ①, Ⅳ, ...). */
final class NumberFormats {

	private static final String DIGITS = "〇一二三四五六七八九";
	private static final String HEAVENLY = "甲乙丙丁戊己庚辛壬癸";

	private NumberFormats() {
	}

	static String format(int n, String numFmt) {
		if (numFmt == null) {
			return Integer.toString(n);
		}
		return switch (numFmt) {
		case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
				"taiwaneseCountingThousand", "ideographDigital" ->
			chinese(n);
		case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY.charAt(n - 1)) : chinese(n);
		case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
		case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
			n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
		case "decimalEnclosedParen", "decimalEnclosedParenChinese" -> "(" + n + ")";
		case "upperLetter" -> letter(n, 'A');
		case "lowerLetter" -> letter(n, 'a');
		case "upperRoman" -> roman(n);
		case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
		case "decimalZero" -> (n < 10 ? "0" : "") + n;
		case "none", "bullet" -> "";
		default -> Integer.toString(n);
		};
	}

	/** 1..99 as Chinese counting prints them: 一 … 十, 十一, 二十, 二十一; larger numbers digit by digit. */
	static String chinese(int n) {
		if (n <= 0 || n >= 100) {
			StringBuilder out = new StringBuilder();
			for (char c : Integer.toString(Math.max(n, 0)).toCharArray()) {
				out.append(DIGITS.charAt(c - '0'));
			}
			return out.toString();
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		int tens = n / 10;
		int units = n % 10;
		return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (units == 0 ? "" : DIGITS.charAt(units));
	}

	private static String fullWidth(String digits) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			out.append((char) (c - '0' + '０'));
		}
		return out.toString();
	}

	private static String letter(int n, char first) {
		if (n <= 0) {
			return "";
		}
		char c = (char) (first + (n - 1) % 26);
		return String.valueOf(c).repeat((n - 1) / 26 + 1);
	}

	private static String roman(int n) {
		int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
		String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < values.length && n > 0; i++) {
			while (n >= values[i]) {
				out.append(symbols[i]);
				n -= values[i];
			}
		}
		return out.toString();
	}
}
