package org.nianbao.form;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page prints that is no text of the report: page numbers ({@code — 1 —}, {@code -1-}, {@code 第1页},
 * {@code 1/6}, {@code Page 2}) and running headers (a short line repeated on page after page). One rule for the
 * importer, which drops them, and for the measure of prose, which does not count them where they were kept.
 */
public final class PageFurniture {

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"[-—–－―]+\\s*[0-9]{1,4}\\s*[-—–－―]+|第\\s*[0-9]{1,4}\\s*页(?:\\s*[，,]?\\s*共\\s*[0-9]{1,4}\\s*页)?"
					+ "|[0-9]{1,4}\\s*/\\s*[0-9]{1,4}|[Pp]age\\s*[0-9]{1,4}(?:\\s*of\\s*[0-9]{1,4})?");

	private PageFurniture() {
	}

	/** A line that is a page number and nothing else. */
	public static boolean isPageNumber(String line) {
		return line != null && PAGE_NUMBER.matcher(line.strip()).matches();
	}

	/**
	 * The lines among {@code lines} that are a running header: 10 to 40 characters (longer than a table's repeated
	 * heading such as 信息内容), Chinese, no sentence, printed {@code times}
	 * times or more (numbers aside, so that 第1页 and 第2页 headers are one); as their {@link #shape}.
	 */
	public static Set<String> running(List<String> lines, int times) {
		Map<String, Integer> count = new HashMap<>();
		for (String line : lines) {
			if (headerLike(line)) {
				count.merge(shape(line), 1, Integer::sum);
			}
		}
		Set<String> out = new HashSet<>();
		count.forEach((shape, n) -> {
			if (n >= times) {
				out.add(shape);
			}
		});
		return out;
	}

	private static boolean headerLike(String line) {
		String text = line.strip();
		return text.length() >= 10 && text.length() <= 40 && !text.matches(".*[。；，].*")
				&& text.codePoints().anyMatch(Character::isIdeographic);
	}

	/** A line's text with its numbers as # and without spaces. */
	public static String shape(String line) {
		return line.replaceAll("[0-9]+", "#").replaceAll("\\s+", "");
	}
}
