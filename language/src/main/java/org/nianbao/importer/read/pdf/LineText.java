package org.nianbao.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs into printed lines and lines into text: glyphs on one baseline are a line, left to right; a space
 * goes where the gap between two glyphs is wide (between Latin letters or digits a narrow one suffices, between
 * CJK characters only about a character's width: letter-spaced Chinese stays without spaces).
 */
final class LineText {

	private LineText() {
	}

	/** The glyphs grouped into lines, top to bottom, each left to right. */
	static List<List<Glyph>> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::centreY).thenComparingDouble(Glyph::x0));
		List<List<Glyph>> lines = new ArrayList<>();
		List<Glyph> line = new ArrayList<>();
		double centre = 0;
		double size = 0;
		for (Glyph g : sorted) {
			if (!line.isEmpty() && Math.abs(g.centreY() - centre) > 0.45 * Math.max(size, g.size())) {
				lines.add(line);
				line = new ArrayList<>();
			}
			line.add(g);
			centre = line.stream().mapToDouble(Glyph::centreY).average().orElse(g.centreY());
			size = line.stream().mapToDouble(Glyph::size).max().orElse(g.size());
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		for (List<Glyph> l : lines) {
			l.sort(Comparator.comparingDouble(Glyph::x0));
		}
		return lines;
	}

	/** One line's text, spaces where its gaps are wide. */
	static String text(List<Glyph> line) {
		StringBuilder out = new StringBuilder();
		Glyph previous = null;
		for (Glyph g : line) {
			if (previous != null && g.x0() < previous.x1() - 0.6 * g.size() && g.text().equals(previous.text())) {
				continue; // the same character printed twice over itself (fake bold)
			}
			if (previous != null && space(previous, g)) {
				out.append(' ');
			}
			out.append(g.text());
			previous = g;
		}
		return out.toString();
	}

	private static boolean space(Glyph a, Glyph b) {
		double gap = b.x0() - a.x1();
		double size = Math.max(a.size(), b.size());
		boolean latin = latin(a.text().codePointBefore(a.text().length())) && latin(b.text().codePointAt(0));
		return gap > (latin ? 0.2 : 0.8) * size;
	}

	static boolean latin(int c) {
		return c < 0x2E80 && Character.isLetterOrDigit(c);
	}

	/** Lines of a cell as one text: Chinese joined without a space, Latin words with one. */
	static String join(List<String> lines) {
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			String s = line.strip();
			if (s.isEmpty()) {
				continue;
			}
			if (out.length() > 0 && latin(out.codePointBefore(out.length())) && latin(s.codePointAt(0))
					&& Character.isLetter(s.codePointAt(0))) {
				out.append(' ');
			}
			out.append(s);
		}
		return out.toString();
	}

	static String cellText(List<Glyph> glyphs) {
		return join(lines(glyphs).stream().map(LineText::text).toList());
	}
}
