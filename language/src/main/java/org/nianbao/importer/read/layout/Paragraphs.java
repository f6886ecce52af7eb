package org.nianbao.importer.read.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.importer.model.TextLine;

/**
 * Printed lines joined into the paragraphs they were broken from. A line starts a new paragraph when it is
 * indented, when the line before it stops short of the right margin, when either is a heading, when a
 * sentence ends and an item number follows, and, on one page, after a gap of about two lines (a table removed from
 * there, a blank line). Chinese is joined without a space, Latin words with one.
 */
final class Paragraphs {

	static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}\\s*[、．.]\\s*\\S.{1,38}$");
	private static final Pattern ITEM = Pattern
			.compile("^(?:[（(]\\s*[一二三四五六七八九十0-9]{1,3}\\s*[）)]|[一二三四五六七八九十]{1,3}\\s*、|[0-9]{1,2}\\s*[.．、]).*");
	private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？；：:;!?]$");

	private final double margin;
	private final double right;
	private final double unit;
	private final double pitch;

	/** Measures taken from all prose lines of the document. */
	Paragraphs(List<LayoutLine> prose, double unit) {
		this.unit = unit;
		double[] starts = prose.stream().mapToDouble(LayoutLine::x0).sorted().toArray();
		double[] ends = prose.stream().mapToDouble(LayoutLine::x1).sorted().toArray();
		this.margin = starts.length == 0 ? 0 : starts[starts.length / 5];
		this.right = ends.length == 0 ? 0 : ends[(int) (ends.length * 0.6)];
		List<Double> steps = new ArrayList<>();
		for (int i = 1; i < prose.size(); i++) {
			if (prose.get(i).page() == prose.get(i - 1).page() && prose.get(i).top() > prose.get(i - 1).top()) {
				steps.add(prose.get(i).top() - prose.get(i - 1).top());
			}
		}
		double[] sorted = steps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		this.pitch = sorted.length == 0 ? 1 : sorted[sorted.length / 2];
	}

	/** The paragraphs of consecutive prose lines (a table before or after them ends a paragraph anyway). */
	List<TextLine> join(List<LayoutLine> lines) {
		List<TextLine> out = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		LayoutLine first = null;
		LayoutLine previous = null;
		for (LayoutLine line : lines) {
			if (previous != null && startsParagraph(previous, line)) {
				out.add(new TextLine(text(parts), first.where()));
				parts.clear();
				first = null;
			}
			if (first == null) {
				first = line;
			}
			parts.add(line.text());
			previous = line;
		}
		if (first != null) {
			out.add(new TextLine(text(parts), first.where()));
		}
		return out;
	}

	private boolean startsParagraph(LayoutLine previous, LayoutLine line) {
		String before = previous.text();
		String text = line.text();
		if (line.page() == previous.page() && line.top() - previous.top() > 1.8 * pitch) {
			return true;
		}
		return line.x0() >= margin + 1.5 * unit || previous.x1() < right - 2.5 * unit || HEADING.matcher(text).matches()
				|| HEADING.matcher(before).matches()
				|| (SENTENCE_END.matcher(before).matches() && ITEM.matcher(text).matches())
				|| previous.spans().size() > 1 || line.spans().size() > 1;
	}

	/** Pieces of one paragraph or label as one text: Chinese joined without a space, Latin words with one. */
	static String text(List<String> pieces) {
		StringBuilder out = new StringBuilder();
		for (String piece : pieces) {
			String s = piece.strip();
			if (s.isEmpty()) {
				continue;
			}
			if (!out.isEmpty() && latin(out.charAt(out.length() - 1)) && latin(s.charAt(0))) {
				out.append(' ');
			}
			out.append(s);
		}
		return out.toString();
	}

	private static boolean latin(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}

	/** A character's width on these lines: the median of the spans' widths per character. */
	static double unit(List<LayoutLine> lines) {
		double[] widths = lines.stream().flatMap(l -> l.spans().stream())
				.filter(s -> s.text().length() >= 2 && s.x1() > s.x0())
				.mapToDouble(s -> (s.x1() - s.x0()) / s.text().codePointCount(0, s.text().length())).toArray();
		Arrays.sort(widths);
		return widths.length == 0 ? 1 : widths[widths.length / 2];
	}
}
