package org.nianbao.importer.read.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text laid out with spaces, as {@code pdftotext -layout} writes it or a PDF viewer copies it: each line becomes a
 * {@link LayoutLine} of spans (a run of two or more spaces separates spans; figures after a label with one space
 * each are spans of their own), its position the column, its page counted by form feeds. pdftotext puts each
 * character on a grid cell, a CJK one too; text aligned by hand counts a CJK character as two columns: the one
 * that aligns the figures better is taken.
 */
public final class SpacedText {

	private static final Pattern RUN = Pattern.compile("\\S+(?:[ \\u00A0]\\S+)*");
	private static final Pattern WIDE_GAP = Pattern.compile("\\S(?: {3,}|\\u3000+ *)\\S");
	private static final Pattern TOKEN = Pattern.compile("\\S+");

	private SpacedText() {
	}

	/**
	 * Whether {@code lines} are laid out with spaces: pages separated by form feeds, or at least three lines with
	 * figures set apart by runs of spaces (the seeds' tab-separated cells are not: a tab anywhere says so).
	 */
	public static boolean isSpaced(List<String> lines) {
		int aligned = 0;
		for (String line : lines) {
			if (line.indexOf('\t') >= 0) {
				return false;
			}
		}
		for (String line : lines) {
			if (line.indexOf('\f') >= 0) {
				return true;
			}
			String s = line.strip();
			if (WIDE_GAP.matcher(s).find() && s.chars().anyMatch(Character::isDigit)) {
				aligned++;
			}
		}
		return aligned >= 3;
	}

	/** The lines as printed; {@code where} of each is its line in the file ("第95行"). */
	public static List<LayoutLine> lines(List<String> lines) {
		List<LayoutLine> byChar = lines(lines, String::length);
		List<LayoutLine> byWidth = lines(lines, Widths::of);
		return columns(byWidth) < columns(byChar) ? byWidth : byChar;
	}

	private static List<LayoutLine> lines(List<String> lines, ToIntFunction<String> width) {
		List<LayoutLine> out = new ArrayList<>();
		int page = 1;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int feed;
			while ((feed = line.indexOf('\f')) >= 0) {
				page++;
				line = line.substring(0, feed) + line.substring(feed + 1);
			}
			List<Span> spans = new ArrayList<>();
			Matcher m = RUN.matcher(line.replace('\u3000', ' '));
			while (m.find()) {
				split(m.group(), width.applyAsInt(line.substring(0, m.start())), width, spans);
			}
			out.add(new LayoutLine(spans, i, i, page, "第" + (i + 1) + "行"));
		}
		return out;
	}

	/**
	 * One run of text as spans: figures at its end set apart by single spaces ({@code 一、本年新收… 3001 53 0})
	 * become spans of their own when there are two or more, or one after a short label without punctuation.
	 */
	private static void split(String run, int x, ToIntFunction<String> width, List<Span> spans) {
		List<int[]> tokens = new ArrayList<>();
		Matcher t = TOKEN.matcher(run);
		while (t.find()) {
			tokens.add(new int[]{t.start(), t.end()});
		}
		int first = tokens.size();
		int figures = 0;
		while (first > 0) {
			String token = text(run, tokens.get(first - 1));
			if (Values.isUnit(token) && first >= 2 && Values.isNumber(text(run, tokens.get(first - 2)))) {
				first -= 2; // 3119 件
			} else if (Values.isValue(token, first > 1)) {
				first--;
			} else {
				break;
			}
			figures++;
		}
		String label = first == 0 ? "" : run.substring(0, tokens.get(first - 1)[1]);
		boolean split = figures >= 2
				|| (figures == 1 && first > 0 && label.length() <= 20 && !label.matches(".*[，。；：,;:].*")
						&& !label.matches(".*[0-9]$"));
		if (!split || first == tokens.size()) {
			spans.add(new Span(run, x, x + width.applyAsInt(run)));
			return;
		}
		if (first > 0) {
			spans.add(new Span(label, x, x + width.applyAsInt(label)));
		}
		for (int k = first; k < tokens.size(); k++) {
			int start = tokens.get(k)[0];
			int end = tokens.get(k)[1];
			if (k + 1 < tokens.size() && Values.isUnit(text(run, tokens.get(k + 1)))) {
				end = tokens.get(++k)[1];
			}
			int at = x + width.applyAsInt(run.substring(0, start));
			String text = run.substring(start, end);
			spans.add(new Span(text, at, at + width.applyAsInt(text)));
		}
	}

	private static String text(String run, int[] token) {
		return run.substring(token[0], token[1]);
	}

	/** How many distinct columns the figures start in: the fewer, the better the measure aligns them. */
	private static int columns(List<LayoutLine> lines) {
		Set<String> starts = new HashSet<>();
		for (LayoutLine line : lines) {
			List<Span> spans = line.spans();
			if (spans.size() < 3) {
				continue;
			}
			for (int i = 1; i < spans.size(); i++) {
				if (Values.isValue(spans.get(i).text(), true)) {
					starts.add(line.page() + ":" + (int) spans.get(i).x0());
				}
			}
		}
		return starts.size();
	}
}
