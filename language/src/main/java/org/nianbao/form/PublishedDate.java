package org.nianbao.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publication date as reports write it: 2025-01-24, 2025-1-5 or 2025年1月24日 (also with full-width digits). */
public final class PublishedDate {

	private static final Pattern DATE = Pattern
			.compile("(\\d{4})\\s*(?:-\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

	private PublishedDate() {
	}

	/** The date, or null when the text is not one of the written forms or names no day of the calendar. */
	public static LocalDate parse(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = DATE.matcher(halfWidth(text.strip()));
		if (!m.matches()) {
			return null;
		}
		boolean iso = m.group(2) != null;
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(iso ? 2 : 4)),
					Integer.parseInt(m.group(iso ? 3 : 5)));
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** 2025年1月24日: how a date is printed under the signature and in messages. */
	public static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static String halfWidth(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().forEach(c -> out.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
		return out.toString();
	}
}
