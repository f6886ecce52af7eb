package org.nianbao.importer.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedTable;

/**
 * A table printed without rulings, read from the positions of its text: lines with figures are rows, their text
 * before the first figure the row's label; text on lines of its own is a label wrapped above, below or around its
 * figures (joined to that row), a group label set vertically beside its rows (given to each of them as a leading
 * cell, {@code continued} after the first), or, above the rows and between blocks, the column headings. A row's
 * figures are its cells left to right; where a row has fewer or more figures than the other rows of its block
 * and their positions do not place them, a warning says so and the figures are kept in printed order.
 */
final class SpacedTable {

	private static final Pattern NUMBERED = Pattern
			.compile("^(?:[0-9０-９]{1,2}\\s*[.．、]|[（(]\\s*[一二三四五六七八九十0-9]{1,3}\\s*[）)]|[一二三四五六七八九十]{1,3}\\s*、).*");
	private static final Pattern COMPLETE = Pattern.compile(".*[项）)：:]$");
	/** One space between two Chinese characters or full-width brackets. */
	private static final Pattern GLYPH_SPACE = Pattern.compile("(?<=[\\u4E00-\\u9FFF（）]) (?=[\\u4E00-\\u9FFF（）])");

	/** A piece of label text on a line of its own (or left of a row's own label). */
	private record Fragment(String text, double x0, double x1, int line) {
	}

	/** A line with figures: its own label (may be null), the figures, and the label text joined to it. */
	private static final class Row {
		final int line;
		final Span label;
		final List<Span> values;
		final List<String> before = new ArrayList<>();
		final List<String> after = new ArrayList<>();
		final Map<Double, Group> groups = new TreeMap<>();
		int segment;
		/** Where its label starts, with the lines joined to it; NaN without a label. */
		double labelX;

		Row(int line, Span label, List<Span> values) {
			this.line = line;
			this.label = label;
			this.values = values;
			this.labelX = label == null ? Double.NaN : label.x0();
		}

		void join(Fragment f, boolean first) {
			(first ? before : after).add(f.text());
			labelX = Double.isNaN(labelX) ? f.x0() : Math.min(labelX, f.x0());
		}

		String labelText() {
			List<String> parts = new ArrayList<>(before);
			if (label != null) {
				parts.add(label.text());
			}
			parts.addAll(after);
			return Paragraphs.text(parts);
		}
	}

	private static final class Group {
		final double x0;
		final List<Fragment> fragments = new ArrayList<>();
		Row first;

		Group(double x0) {
			this.x0 = x0;
		}

		String text() {
			return Paragraphs.text(fragments.stream().map(Fragment::text).toList());
		}

		int firstLine() {
			return fragments.get(0).line();
		}

		int lastLine() {
			return fragments.get(fragments.size() - 1).line();
		}
	}

	private final List<LayoutLine> lines;
	private final double unit;
	private final List<ImportWarning> warnings;
	private final List<Row> rows = new ArrayList<>();
	/** Output rows by the line they stand at (header rows and label-only rows included). */
	private final TreeMap<Double, List<PrintedCell>> out = new TreeMap<>();

	private SpacedTable(List<LayoutLine> lines, double unit, List<ImportWarning> warnings) {
		this.lines = lines;
		this.unit = unit;
		this.warnings = warnings;
	}

	/** {@code lines}: the table's lines, none blank, at least one with figures; {@code unit}: a character's width. */
	static PrintedTable read(List<LayoutLine> lines, double unit, List<ImportWarning> warnings) {
		SpacedTable table = new SpacedTable(JoinedSpans.split(lines, unit), unit, warnings);
		table.readAll();
		return new PrintedTable(new ArrayList<>(table.out.values()), false, lines.get(0).where());
	}

	static boolean hasFigures(LayoutLine line) {
		for (int i = 0; i < line.spans().size(); i++) {
			if (Values.isValue(line.spans().get(i).text(), i > 0)) {
				return true;
			}
		}
		return false;
	}

	@SuppressWarnings("ReferenceEquality") // the same span of the line, not an equal one
	private void readAll() {
		double valuesFrom = Double.MAX_VALUE;
		for (int i = 0; i < lines.size(); i++) {
			LayoutLine line = lines.get(i);
			if (hasFigures(line)) {
				Row row = row(i, line);
				rows.add(row);
				if (!row.values.isEmpty()) {
					valuesFrom = Math.min(valuesFrom, row.values.get(0).x0());
				}
			}
		}
		List<Fragment> fragments = new ArrayList<>();
		int segment = 0;
		int next = 0; // index into rows
		for (int i = 0; i < lines.size();) {
			if (next < rows.size() && rows.get(next).line == i) {
				rows.get(next++).segment = segment;
				i++;
				continue;
			}
			int end = i;
			while (end < lines.size() && (next >= rows.size() || end < rows.get(next).line)) {
				end++;
			}
			if (next == 0 || headings(i, end, valuesFrom)) {
				header(i, end);
				segment++;
			} else {
				for (int k = i; k < end; k++) {
					for (Span span : lines.get(k).spans()) {
						fragments.add(new Fragment(span.text(), span.x0(), span.x1(), k));
					}
				}
			}
			i = end;
		}
		for (Row row : rows) {
			for (Span span : labelSpans(lines.get(row.line))) {
				if (span != row.label) {
					fragments.add(new Fragment(span.text(), span.x0(), span.x1(), row.line));
				}
			}
		}
		fragments.sort(Comparator.comparingInt(Fragment::line).thenComparingDouble(Fragment::x0));
		List<Fragment> groupFragments = new ArrayList<>();
		List<Fragment> leafFragments = new ArrayList<>();
		for (Fragment f : fragments) {
			boolean onRow = rows.stream().anyMatch(r -> r.line == f.line());
			(onRow || f.x0() < reference(f.line()) - 1.5 * unit ? groupFragments : leafFragments).add(f);
		}
		attachLeaves(leafFragments);
		groups(groupFragments);
		cells();
	}

	private Row row(int index, LayoutLine line) {
		List<Span> labels = labelSpans(line);
		List<Span> values = line.spans().subList(labels.size(), line.spans().size());
		return new Row(index, labels.isEmpty() ? null : labels.get(labels.size() - 1), List.copyOf(values));
	}

	private static List<Span> labelSpans(LayoutLine line) {
		List<Span> out = new ArrayList<>();
		for (int i = 0; i < line.spans().size() && !Values.isValue(line.spans().get(i).text(), i > 0); i++) {
			out.add(line.spans().get(i));
		}
		return out;
	}

	/** Whether lines {@code [from, to)} between rows are column headings: a line with headings right of the labels. */
	private boolean headings(int from, int to, double valuesFrom) {
		for (int i = from; i < to; i++) {
			List<Span> spans = lines.get(i).spans();
			if (spans.size() >= 2 && spans.get(spans.size() - 1).x1() > valuesFrom) {
				return true;
			}
		}
		return false;
	}

	/** Where row labels start near a line: the leftmost label of the nearest labelled rows above and below. */
	private double reference(int line) {
		double x = Double.MAX_VALUE;
		Row above = null;
		Row below = null;
		for (Row row : rows) {
			if (row.label == null) {
				continue;
			}
			if (row.line < line) {
				above = row;
			} else if (below == null) {
				below = row;
			}
		}
		if (above != null) {
			x = Math.min(x, above.label.x0());
		}
		if (below != null) {
			x = Math.min(x, below.label.x0());
		}
		return x == Double.MAX_VALUE ? Double.NEGATIVE_INFINITY : x;
	}

	/**
	 * Label lines between two rows: those before the first numbered one end the label of the row above; a
	 * numbered one and those after it begin the label of the row below, unless that row has a numbered label
	 * of its own: then they are a row of their own without figures.
	 */
	private void attachLeaves(List<Fragment> leaves) {
		int r = 0;
		int i = 0;
		while (i < leaves.size()) {
			Fragment f = leaves.get(i);
			while (r < rows.size() && rows.get(r).line < f.line()) {
				r++;
			}
			Row above = r > 0 ? rows.get(r - 1) : null;
			Row below = r < rows.size() ? rows.get(r) : null;
			int end = i;
			while (end < leaves.size() && (below == null || leaves.get(end).line() < below.line)) {
				end++;
			}
			List<Fragment> between = leaves.subList(i, end);
			int numbered = 0;
			while (numbered < between.size() && !NUMBERED.matcher(between.get(numbered).text()).matches()) {
				numbered++;
			}
			if (above == null) {
				numbered = 0;
			}
			for (Fragment tail : between.subList(0, numbered)) {
				above.join(tail, false);
			}
			List<Fragment> rest = between.subList(numbered, between.size());
			if (!rest.isEmpty()) {
				if (below != null && (below.label == null || !NUMBERED.matcher(below.label.text()).matches())) {
					rest.forEach(x -> below.join(x, true));
				} else {
					List<PrintedCell> own = new ArrayList<>();
					own.add(PrintedCell.of(Paragraphs.text(rest.stream().map(Fragment::text).toList())));
					out.put(position(rest.get(0).line()), own);
				}
			}
			i = end;
		}
	}

	/**
	 * Group labels: fragments in one band (their left edges within a character) read top to bottom, a numbered
	 * one starting the next group. A group stands beside the consecutive rows whose labels start right of it;
	 * several groups in one such run share it out, each as many rows below its label as above it (it is printed
	 * in the middle of its rows), the last one the rest.
	 */
	private void groups(List<Fragment> fragments) {
		List<List<Group>> bands = new ArrayList<>();
		for (Fragment f : fragments) {
			List<Group> band = bands.stream().filter(b -> Math.abs(b.get(0).x0 - f.x0()) <= unit).findFirst()
					.orElse(null);
			if (band == null) {
				band = new ArrayList<>();
				bands.add(band);
			}
			if (band.isEmpty() || NUMBERED.matcher(f.text()).matches()) {
				band.add(new Group(f.x0()));
			}
			band.get(band.size() - 1).fragments.add(f);
		}
		for (List<Group> band : bands) {
			double x0 = band.stream().mapToDouble(g -> g.x0).min().orElse(0);
			List<List<Row>> runs = new ArrayList<>();
			List<Row> run = new ArrayList<>();
			for (Row row : rows) {
				if (Double.isNaN(row.labelX) || row.labelX > x0 + unit) {
					run.add(row);
				} else if (!run.isEmpty()) {
					runs.add(run);
					run = new ArrayList<>();
				}
			}
			if (!run.isEmpty()) {
				runs.add(run);
			}
			for (List<Row> members : runs) {
				int first = members.get(0).line;
				int last = members.get(members.size() - 1).line;
				List<Group> inRun = band.stream().filter(g -> g.lastLine() >= first - 2 && g.firstLine() <= last + 2)
						.toList();
				share(inRun, members);
			}
		}
	}

	private static void share(List<Group> groups, List<Row> members) {
		int at = 0;
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			int above = 0;
			int inside = 0;
			while (at + above < members.size() && members.get(at + above).line < group.firstLine()) {
				above++;
			}
			while (at + above + inside < members.size() && members.get(at + above + inside).line <= group.lastLine()) {
				inside++;
			}
			int end = g == groups.size() - 1
					? members.size()
					: Math.min(members.size(), at + Math.max(1, 2 * above + inside));
			for (int k = at; k < end; k++) {
				Row row = members.get(k);
				row.groups.put(group.x0, group);
				if (group.first == null) {
					group.first = row;
				}
			}
			at = end;
		}
	}

	private void cells() {
		Map<Integer, Integer> usual = new HashMap<>();
		Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
		for (Row row : rows) {
			counts.computeIfAbsent(row.segment, k -> new HashMap<>()).merge(row.values.size(), 1, Integer::sum);
		}
		counts.forEach((segment, byCount) -> usual.put(segment,
				byCount.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
						.thenComparing(Map.Entry.comparingByKey())).get().getKey()));
		for (Row row : rows) {
			List<PrintedCell> cells = new ArrayList<>();
			for (Group group : row.groups.values()) {
				cells.add(new PrintedCell(group.text(), group.first != row));
			}
			String label = row.labelText();
			if (!label.isEmpty()) {
				cells.add(PrintedCell.of(label));
			}
			int expected = usual.get(row.segment);
			List<String> values = row.values.size() == expected ? null : placed(row, expected);
			if (values == null) {
				values = row.values.stream().map(Span::text).toList();
				if (row.values.size() != expected) {
					warnings.add(new ImportWarning(lines.get(row.line).where(),
							"表格中“" + (label.isEmpty() ? "（无行名）" : label)
									+ "”一行印有 " + row.values.size() + " 个数，同表其他行各有 " + expected
									+ " 个，按位置无法确定各数属于哪一列：照印的次序记录，请核对原表"));
				}
			}
			values.forEach(v -> cells.add(PrintedCell.of(v)));
			out.put(position(row.line), cells);
		}
	}

	/**
	 * A short row's figures placed under the columns of the full rows of its block, when those columns stand
	 * still (each within a quarter of the narrowest gap between columns) and each figure is that close to one;
	 * the columns it lacks are blank. Null when that is not certain.
	 */
	private List<String> placed(Row row, int expected) {
		List<Row> full = rows.stream().filter(r -> r.segment == row.segment && r.values.size() == expected
				&& lines.get(r.line).page() == lines.get(row.line).page()).toList();
		if (full.size() < 2 || row.values.size() > expected) {
			return null;
		}
		double[] anchor = new double[expected];
		for (int j = 0; j < expected; j++) {
			final int column = j;
			anchor[j] = full.stream().mapToDouble(r -> centre(r.values.get(column))).sorted().skip(full.size() / 2)
					.findFirst()
					.orElse(0);
		}
		double gap = Double.MAX_VALUE;
		for (int j = 1; j < expected; j++) {
			gap = Math.min(gap, anchor[j] - anchor[j - 1]);
		}
		double tolerance = gap / 4;
		for (Row r : full) {
			for (int j = 0; j < expected; j++) {
				if (Math.abs(centre(r.values.get(j)) - anchor[j]) > tolerance) {
					return null;
				}
			}
		}
		String[] cells = new String[expected];
		int previous = -1;
		for (Span span : row.values) {
			int nearest = 0;
			for (int j = 1; j < expected; j++) {
				if (Math.abs(centre(span) - anchor[j]) < Math.abs(centre(span) - anchor[nearest])) {
					nearest = j;
				}
			}
			if (nearest <= previous || Math.abs(centre(span) - anchor[nearest]) > tolerance) {
				return null;
			}
			cells[nearest] = span.text();
			previous = nearest;
		}
		List<String> out = new ArrayList<>();
		for (String cell : cells) {
			out.add(cell == null ? "" : cell);
		}
		return out;
	}

	private static double centre(Span span) {
		return (span.x0() + span.x1()) / 2;
	}

	/**
	 * Column headings: a heading wrapped over lines is joined, each line of headings one row. A line is the rest of
	 * the headings above only when each of its pieces sits under one piece of the same line above, one to one: a
	 * heading that spans several columns (申请人情况, 行政复议) is not joined to one of the headings under it.
	 */
	private void header(int from, int to) {
		List<List<Span>> rowsOfSpans = new ArrayList<>();
		for (int i = from; i < to; i++) {
			rowsOfSpans
					.add(new ArrayList<>(lines.get(i).spans().stream().map(SpacedTable::withoutGlyphSpaces).toList()));
		}
		for (int k = 1; k < rowsOfSpans.size(); k++) {
			List<Span> lower = rowsOfSpans.get(k);
			if (lower.isEmpty()) {
				continue;
			}
			int upperLine = -1;
			List<Integer> over = new ArrayList<>();
			for (Span b : lower) {
				int line = k - 1;
				while (line >= 0 && rowsOfSpans.get(line).stream().noneMatch(a -> overlap(a, b))) {
					line--;
				}
				List<Span> above = line < 0
						? List.of()
						: rowsOfSpans.get(line).stream().filter(a -> overlap(a, b)).toList();
				if (above.size() != 1 || (upperLine >= 0 && line != upperLine)) {
					upperLine = -2;
					break;
				}
				upperLine = line;
				over.add(rowsOfSpans.get(line).indexOf(above.get(0)));
			}
			if (upperLine < 0 || over.stream().distinct().count() != over.size()) {
				continue;
			}
			List<Span> upper = rowsOfSpans.get(upperLine);
			boolean wrapped = true;
			for (int j = 0; j < lower.size(); j++) {
				Span a = upper.get(over.get(j));
				Span b = lower.get(j);
				wrapped &= b.x1() - b.x0() <= a.x1() - a.x0() + unit && !COMPLETE.matcher(a.text()).matches();
			}
			if (!wrapped) {
				continue;
			}
			for (int j = 0; j < lower.size(); j++) {
				Span a = upper.get(over.get(j));
				Span b = lower.get(j);
				upper.set(over.get(j), new Span(Paragraphs.text(List.of(a.text(), b.text())), Math.min(a.x0(), b.x0()),
						Math.max(a.x1(), b.x1())));
			}
			lower.clear();
		}
		for (int i = 0; i < rowsOfSpans.size(); i++) {
			if (!rowsOfSpans.get(i).isEmpty()) {
				out.put(position(from + i), rowsOfSpans.get(i).stream().map(s -> PrintedCell.of(s.text())).toList());
			}
		}
	}

	/** pdftotext sets a space between two glyphs set wide apart (第二十条 第（一）项, 结 果): no space was printed. */
	private static Span withoutGlyphSpaces(Span span) {
		String text = GLYPH_SPACE.matcher(span.text()).replaceAll("");
		return text.equals(span.text()) ? span : new Span(text, span.x0(), span.x1());
	}

	private static boolean overlap(Span a, Span b) {
		return a.x0() < b.x1() && b.x0() < a.x1();
	}

	/** Output order: by line; a row of label text only, just before the row of that line. */
	private double position(int line) {
		double at = line;
		while (out.containsKey(at)) {
			at += 0.001;
		}
		return at;
	}
}
