package org.nianbao.layout;

/** The publication date as a closing line prints it: 2025-01-24 → 2025年1月24日. */
public final class ClosingDate {

	private ClosingDate() {
	}

	/** Null when no date is given; the date as written when it is not three numbers. */
	public static String of(String published) {
		if (published == null || published.isBlank()) {
			return null;
		}
		String[] parts = published.strip().split("-");
		if (parts.length != 3) {
			return published.strip();
		}
		StringBuilder out = new StringBuilder();
		String[] units = { "年", "月", "日" };
		for (int i = 0; i < 3; i++) {
			String digits = halfWidth(parts[i].strip());
			if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
				return published.strip();
			}
			String trimmed = digits.replaceFirst("^0+(?=.)", "");
			out.append(trimmed).append(units[i]);
		}
		return out.toString();
	}

	/** Printed width in characters: half-width digits and letters count half. */
	public static double width(String text) {
		return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
	}

	private static String halfWidth(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().forEach(c -> out.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
		return out.toString();
	}
}
