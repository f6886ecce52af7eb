package org.nianbao.form;

import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;

/**
 * Finds the part of a form a heading stands for: by its exact label, else by its title with another
 * number (misnumbered), else by the nearest title within a few typing mistakes (mislabelled).
 */
public final class PartMatcher {

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
			return PartMatch.NONE;
		}
		boolean numberRight = official.number() == null ? text.number() == null
				: official.number().equals(text.number()) && separatorRight(written, nearest.getLabel(), official);
		return new PartMatch(nearest, numberRight, best == 0);
	}

	/** "一.总体情况" has the right number but not the printed "一、". */
	private static boolean separatorRight(String written, String label, HeadingText official) {
		int titleAt = label.lastIndexOf(official.title());
		String prefix = titleAt > 0 ? label.substring(0, titleAt) : "";
		return written.startsWith(prefix);
	}
}
