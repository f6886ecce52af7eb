package org.nianbao.form;

import java.util.regex.Pattern;

/**
 * What a report's year may be: four digits from 1900 to 2199. The editor's extension holds the same rule
 * ({@code targets.ts isYear}); both are tested on {@code vscode-extension/test/report-years.tsv}.
 */
public final class ReportYear {

	private static final Pattern YEAR = Pattern.compile("(19|20|21)[0-9]{2}");

	private ReportYear() {
	}

	public static boolean isYear(String text) {
		return text != null && YEAR.matcher(text).matches();
	}
}
