package org.nianbao.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Table;

/**
 * Finds the part of a form a heading stands for: by its exact label, else by its title with another
 * number (misnumbered), else by the nearest title within a few typing mistakes, else by most of the title's
 * wording (mislabelled; see {@link #byWording}). {@link #matchAll} also takes a heading's place among the others
 * and what it holds as evidence: the same matcher for import and for a report's {@code #} headings.
 */
public final class PartMatcher {

	/** Punctuation inside a sentence, which a heading does not have. */
	private static final Pattern SENTENCE = Pattern.compile("[，。；！？]");

	private PartMatcher() {
	}

	/**
	 * A heading as written and what stands under it: {@code figures} whether a table (or rows) follows it, {@code table}
	 * the form's table those rows belong to when known (null otherwise).
	 */
	public record Heading(String text, boolean figures, Table table) {
	}

	/**
	 * The parts a report's headings stand for, in order. First each by its words ({@link #match}); then a heading its
	 * words do not place is the part whose table it holds, or the part its number gives — counted as its matched
	 * neighbour before it is numbered (六 printed as 五 after 四 printed as 三) — when that part is not found
	 * elsewhere, lies between the parts found before and after it, and is a table part exactly when the heading has a
	 * table. Such a heading is kept as written: its number or title is flagged, never the part called missing.
	 */
	public static List<PartMatch> matchAll(List<Heading> headings, Form form) {
		List<PartMatch> matches = new ArrayList<>();
		for (Heading heading : headings) {
			matches.add(match(heading.text(), form));
		}
		if (form == null) {
			return matches;
		}
		List<FormPart> parts = form.getParts();
		for (int i = 0; i < headings.size(); i++) {
			if (matches.get(i).part() != null) {
				continue;
			}
			Heading heading = headings.get(i);
			HeadingText text = HeadingText.parse(heading.text());
			if (text.title().isEmpty() || SENTENCE.matcher(text.title()).find()) {
				continue;
			}
			int before = -1;
			int offset = 0;
			for (int k = i - 1; k >= 0; k--) {
				if (matches.get(k).part() != null) {
					before = parts.indexOf(matches.get(k).part());
					long printed = number(HeadingText.parse(headings.get(k).text()).number());
					long official = number(HeadingText.parse(matches.get(k).part().getLabel()).number());
					offset = printed > 0 && official > 0 ? (int) (official - printed) : 0;
					break;
				}
			}
			int after = parts.size();
			for (int k = i + 1; k < headings.size(); k++) {
				if (matches.get(k).part() != null) {
					after = parts.indexOf(matches.get(k).part());
					break;
				}
			}
			FormPart found = null;
			if (heading.table() != null) {
				found = Forms.partShowing(heading.table());
			} else {
				long printed = number(text.number());
				for (FormPart part : parts) {
					if (printed > 0 && number(HeadingText.parse(part.getLabel()).number()) == printed + offset
							&& (part.getTable() != null) == heading.figures()) {
						found = part;
					}
				}
			}
			int index = parts.indexOf(found);
			if (found == null || index <= before || index >= after || taken(matches, found)) {
				continue;
			}
			HeadingText official = HeadingText.parse(found.getLabel());
			boolean numberRight = official.number() != null && official.number().equals(text.number())
					&& separatorRight(heading.text().strip(), found.getLabel(), official);
			matches.set(i, new PartMatch(found, numberRight, false));
		}
		return matches;
	}

	private static boolean taken(List<PartMatch> matches, FormPart part) {
		return matches.stream().anyMatch(m -> m.part() == part);
	}

	/** A heading's number as a value (一 → 1, 5 → 5), -1 without one. */
	private static long number(String number) {
		if (number == null) {
			return -1;
		}
		String digits = number.chars().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		return digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : ChineseNumerals.parse(digits);
	}

	public static PartMatch match(String heading, Form form) {
		if (form == null || heading == null) {
			return PartMatch.NONE;
		}
		String written = heading.strip();
		for (FormPart part : form.getParts()) {
			if (written.equals(part.getLabel())) {
				return new PartMatch(part, true, true);
			}
		}
		HeadingText text = HeadingText.parse(written);
		FormPart nearest = null;
		int best = Integer.MAX_VALUE;
		for (FormPart part : form.getParts()) {
			HeadingText official = HeadingText.parse(part.getLabel());
			int distance = EditDistance.between(text.title(), official.title());
			if (distance < best) {
				best = distance;
				nearest = part;
			}
		}
		if (nearest == null) {
			return PartMatch.NONE;
		}
		HeadingText official = HeadingText.parse(nearest.getLabel());
		int tolerance = Math.max(2, official.title().length() / 4);
		if (best > tolerance) {
			nearest = byWording(text, form);
			if (nearest == null) {
				return PartMatch.NONE;
			}
			official = HeadingText.parse(nearest.getLabel());
		}
		boolean numberRight = official.number() == null
				? text.number() == null
				: official.number().equals(text.number()) && separatorRight(written, nearest.getLabel(), official);
		return new PartMatch(nearest, numberRight, best == 0);
	}

	/**
	 * A numbered heading worded otherwise: the 2019 wording (五、政府信息公开工作存在的主要问题及改进情况), another
	 * phrase (五、存在的主要问题及整改措施). It stands for the part whose title it holds most of, in order: nearly all
	 * of it under any number, or most of it under the part's own number; and it is mostly that title, not a
	 * sentence that happens to hold its words.
	 */
	private static FormPart byWording(HeadingText text, Form form) {
		if (text.number() == null || text.title().isEmpty() || SENTENCE.matcher(text.title()).find()) {
			return null;
		}
		FormPart found = null;
		double best = 0;
		for (FormPart part : form.getParts()) {
			HeadingText official = HeadingText.parse(part.getLabel());
			int common = commonInOrder(text.title(), official.title());
			double share = (double) common / official.title().length();
			boolean ownNumber = text.number().equals(official.number());
			boolean endsAlike = text.title().charAt(text.title().length() - 1) == official.title()
					.charAt(official.title().length() - 1);
			if (((share >= 0.85 && endsAlike) || (ownNumber && share >= 0.6)) && common * 2 >= text.title().length()
					&& share > best) {
				best = share;
				found = part;
			}
		}
		return found;
	}

	/** The length of the longest common subsequence of two short strings. */
	private static int commonInOrder(String a, String b) {
		int[][] lengths = new int[a.length() + 1][b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				lengths[i][j] = a.charAt(i - 1) == b.charAt(j - 1)
						? lengths[i - 1][j - 1] + 1
						: Math.max(lengths[i - 1][j], lengths[i][j - 1]);
			}
		}
		return lengths[a.length()][b.length()];
	}

	/** "一.总体情况" has the right number but not the printed "一、". */
	private static boolean separatorRight(String written, String label, HeadingText official) {
		int titleAt = label.lastIndexOf(official.title());
		String prefix = titleAt > 0 ? label.substring(0, titleAt) : "";
		return written.startsWith(prefix);
	}
}
