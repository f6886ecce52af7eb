package org.nianbao.layout;

import java.time.LocalDate;

import org.nianbao.form.PublishedDate;

/** The publication date as a closing line prints it: 2025-01-24 or 2025年01月24日 → 2025年1月24日. */
public final class ClosingDate {

	private ClosingDate() {
	}

	/** Null when no date is given; the date as written when it is no date of the calendar. */
	public static String of(String published) {
		if (published == null || published.isBlank()) {
			return null;
		}
		LocalDate date = PublishedDate.parse(published);
		return date == null ? published.strip() : PublishedDate.chinese(date);
	}

	/** Printed width in characters: half-width digits and letters count half. */
	public static double width(String text) {
		return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
	}
}
