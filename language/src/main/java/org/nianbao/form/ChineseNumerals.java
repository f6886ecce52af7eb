package org.nianbao.form;

/**
 * Numbers written in Chinese characters as reports write them: 二十四, 十, 两, 一百零五, 〇, 一千二百三十四, and digit by
 * digit (二〇二四). Up to 9999 9999 (万 as the largest unit), enough for any count in a report.
 */
public final class ChineseNumerals {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** The characters a Chinese number is written with. */
	public static boolean isNumeral(int c) {
		return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
	}

	/** The value of the whole text, or -1 when it is not a Chinese number. */
	public static long parse(String text) {
		if (text == null || text.isEmpty()) {
			return -1;
		}
		if (text.codePoints().allMatch(c -> digit(c) >= 0)) {
			if (text.length() > 1 && text.codePoints().anyMatch(c -> c == '两')) {
				return -1; // 两 stands alone or before a unit, never digit by digit
			}
			long value = 0;
			for (int i = 0; i < text.length(); i++) {
				value = value * 10 + digit(text.charAt(i));
			}
			return value;
		}
		int wan = text.indexOf('万');
		if (wan >= 0) {
			long high = wan == 0 ? -1 : belowTenThousand(text.substring(0, wan));
			String rest = text.substring(wan + 1);
			long low = rest.isEmpty()
					? 0
					: belowTenThousand(rest.startsWith("零") || rest.startsWith("〇") ? rest.substring(1) : rest);
			return high < 0 || low < 0 ? -1 : high * 10000 + low;
		}
		return belowTenThousand(text);
	}

	/** 一千二百三十四, 一百零五, 十二, 二十: units 千 百 十 in falling order, 零 between them where one is skipped. */
	private static long belowTenThousand(String text) {
		long value = 0;
		int pending = -1; // a digit waiting for its unit
		int lastUnit = 10000;
		boolean zero = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int d = digit(c);
			if (d == 0) {
				if (pending >= 0 || i == text.length() - 1) {
					return -1;
				}
				zero = true;
				continue;
			}
			if (d > 0) {
				if (pending >= 0) {
					return -1;
				}
				pending = d;
				continue;
			}
			int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
			if (unit < 0 || unit >= lastUnit) {
				return -1;
			}
			if (pending < 0) {
				if (unit != 10 || (i != 0 && !zero)) {
					return -1; // only 十 may stand without a digit, and only first ("十二") or after 零 ("一百零十" is not written)
				}
				pending = 1;
			}
			value += (long) pending * unit;
			pending = -1;
			lastUnit = unit;
			zero = false;
		}
		if (pending >= 0) {
			if (lastUnit != 10000 && lastUnit > 10 && !zero) {
				return -1; // 一百五 (for 150) is spoken, not written in reports; too unsure to read
			}
			value += pending;
		}
		return value;
	}

	private static int digit(int c) {
		if (c == '零' || c == '〇') {
			return 0;
		}
		if (c == '两') {
			return 2;
		}
		return DIGITS.indexOf(c);
	}

	/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五: how headings number their items. */
	public static String of(int value) {
		if (value < 0 || value >= 10000) {
			return Integer.toString(value);
		}
		if (value == 0) {
			return "〇";
		}
		String[] units = {"千", "百", "十", ""};
		int[] scales = {1000, 100, 10, 1};
		StringBuilder out = new StringBuilder();
		boolean gap = false;
		for (int i = 0; i < 4; i++) {
			int d = value / scales[i] % 10;
			if (d == 0) {
				gap = out.length() > 0;
				continue;
			}
			if (gap) {
				out.append('零');
				gap = false;
			}
			if (!(d == 1 && scales[i] == 10 && out.length() == 0)) {
				out.append(DIGITS.charAt(d));
			}
			out.append(units[i]);
		}
		return out.toString();
	}
}
