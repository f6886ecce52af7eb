package org.nianbao.importer.read.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans of a table's rows that were run together across a column boundary (a table printed without rulings, its
 * columns close), split where the columns of the other rows begin: a group label and the row label beside it
 * ("（三）不4.保护第三方合法权益" where the other rows' labels start at "4."), and a long wrapped label and the
 * figure against it ("行政机关不再处理其政府信息公开 1" ending under the first figures of the other rows). A span
 * is split only where the other rows show the boundary; where they do not, it stays as printed.
 */
final class JoinedSpans {

	private static final Pattern NUMBERED = Pattern
			.compile("^(?:[0-9０-９]{1,2}\\s*[.．、]|[（(]\\s*[一二三四五六七八九十0-9]{1,3}\\s*[）)]|[一二三四五六七八九十]{1,3}\\s*、).*");
	/** A label ending in a figure: the figure digits only, after a space or a character that is not a digit. */
	private static final Pattern TRAILING_FIGURE = Pattern.compile("(.*[^0-9０-９.．\\s])\\s*([0-9０-９]+)");

	private final double unit;

	private JoinedSpans(double unit) {
		this.unit = unit;
	}

	static List<LayoutLine> split(List<LayoutLine> lines, double unit) {
		return new JoinedSpans(unit).splitAll(lines);
	}

	private List<LayoutLine> splitAll(List<LayoutLine> lines) {
		List<Double> starts = new ArrayList<>();
		Map<Integer, Integer> counts = new HashMap<>();
		for (LayoutLine line : lines) {
			if (SpacedTable.hasFigures(line)) {
				labels(line.spans()).forEach(s -> starts.add(s.x0()));
				counts.merge(line.spans().size() - labels(line.spans()).size(), 1, Integer::sum);
			}
		}
		if (counts.isEmpty()) {
			return lines;
		}
		int usual = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey())).get().getKey();
		double firstFrom = Double.MAX_VALUE;
		double firstTo = -Double.MAX_VALUE;
		for (LayoutLine line : lines) {
			List<Span> labels = labels(line.spans());
			if (SpacedTable.hasFigures(line) && line.spans().size() - labels.size() == usual && usual > 0) {
				Span first = line.spans().get(labels.size());
				firstFrom = Math.min(firstFrom, first.x0());
				firstTo = Math.max(firstTo, first.x1());
			}
		}
		List<Double> columns = columns(starts);
		List<LayoutLine> out = new ArrayList<>();
		for (LayoutLine line : lines) {
			if (!SpacedTable.hasFigures(line)) {
				out.add(line);
				continue;
			}
			List<Span> labels = labels(line.spans());
			List<Span> spans = new ArrayList<>();
			for (Span label : labels) {
				spans.addAll(atColumn(label, columns));
			}
			List<Span> values = line.spans().subList(labels.size(), line.spans().size());
			if (values.size() == usual - 1 && !spans.isEmpty()) {
				Span last = spans.get(spans.size() - 1);
				List<Span> parts = figureOff(last, firstFrom, firstTo);
				spans.remove(spans.size() - 1);
				spans.addAll(parts);
			}
			spans.addAll(values);
			out.add(spans.equals(line.spans())
					? line
					: new LayoutLine(spans, line.top(), line.bottom(), line.page(), line.where()));
		}
		return out;
	}

	private static List<Span> labels(List<Span> spans) {
		int i = 0;
		while (i < spans.size() && !Values.isValue(spans.get(i).text(), i > 0)) {
			i++;
		}
		return spans.subList(0, i);
	}

	/** Where labels start on at least two rows (within half a character). */
	private List<Double> columns(List<Double> starts) {
		List<Double> out = new ArrayList<>();
		for (double x : starts) {
			long same = starts.stream().filter(y -> Math.abs(x - y) <= unit / 2).count();
			if (same >= 2 && out.stream().noneMatch(c -> Math.abs(c - x) <= unit / 2)) {
				out.add(x);
			}
		}
		return out;
	}

	/**
	 * A span that runs over the start of a label column, split there when a numbered label begins within a
	 * character of it (the position inside the span estimated from the characters' printed widths).
	 */
	private List<Span> atColumn(Span span, List<Double> columns) {
		String text = span.text();
		int total = Widths.of(text);
		for (double column : columns) {
			if (span.x0() >= column - unit / 2 || span.x1() <= column + unit / 2 || total == 0) {
				continue;
			}
			int best = -1;
			double distance = unit;
			for (int p = 1; p < text.length(); p++) {
				String right = text.substring(p);
				if (Character.isWhitespace(right.charAt(0)) || !NUMBERED.matcher(right).matches()
						|| (Character.isDigit(text.charAt(p - 1)) && Character.isDigit(right.charAt(0)))) {
					continue;
				}
				double at = span.x0() + (span.x1() - span.x0()) * Widths.of(text.substring(0, p)) / total;
				if (Math.abs(at - column) <= distance) {
					distance = Math.abs(at - column);
					best = p;
				}
			}
			if (best > 0 && !text.substring(0, best).isBlank()) {
				String left = text.substring(0, best).strip();
				double leftEnd = span.x0() + (span.x1() - span.x0()) * Widths.of(left) / total;
				List<Span> out = new ArrayList<>();
				out.add(new Span(left, span.x0(), leftEnd));
				out.addAll(atColumn(new Span(text.substring(best), column, span.x1()), columns));
				return out;
			}
		}
		return List.of(span);
	}

	/** A label whose end stands in the first figure column, ending in digits: those digits are the figure. */
	private List<Span> figureOff(Span span, double from, double to) {
		Matcher m = TRAILING_FIGURE.matcher(span.text());
		if (from > to || span.x1() < from - unit / 2 || span.x1() > to + unit / 2 || !m.matches()) {
			return List.of(span);
		}
		int total = Widths.of(span.text());
		double width = span.x1() - span.x0();
		String label = m.group(1).strip();
		String figure = m.group(2);
		return List.of(new Span(label, span.x0(), span.x0() + width * Widths.of(label) / total),
				new Span(figure, span.x1() - width * Widths.of(figure) / total, span.x1()));
	}
}
