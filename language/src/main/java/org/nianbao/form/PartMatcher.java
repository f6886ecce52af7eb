package org.nianbao.form;

import java.util.regex.Pattern;

import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;

/**
 * Finds the part of a form a heading stands for: by its exact label, else by its title with another
 * number (misnumbered), else by the nearest title within a few typing mistakes, else by most of the title's
 * wording (mislabelled; see {@link #byWording}).
 */
public final class PartMatcher {

	/** Punctuation inside a sentence, which a heading does not have. */
	private static final Pattern SENTENCE = Pattern.compile("[，。；！？]");

	private PartMatcher() {
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
		boolean numberRight = official.number() == null ? text.number() == null
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
			if ((share >= 0.85 && endsAlike || ownNumber && share >= 0.6) && common * 2 >= text.title().length()
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
				lengths[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lengths[i - 1][j - 1] + 1
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
