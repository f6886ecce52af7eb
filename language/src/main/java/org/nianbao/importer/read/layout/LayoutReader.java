package org.nianbao.importer.read.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.model.Block;

/**
 * Reads printed lines by the position of their text (shared by space-aligned text and the text of a PDF outside
 * its ruled tables): page furniture dropped ({@link Furniture}), runs of lines with figures set apart read as
 * tables ({@link SpacedTable}), all other lines joined into paragraphs ({@link Paragraphs}). Every block's
 * {@code where} is that of the first line it was made from.
 */
public final class LayoutReader {

	private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？；：:;!?]$");
	/** How many lines of label or heading text a table may start with before its first line of columns. */
	private static final int LEADING = 3;

	private LayoutReader() {
	}

	public static List<Block> read(List<LayoutLine> lines) {
		return read(lines, new ArrayList<>());
	}

	/** As {@link #read(List)}, adding to {@code notes} what could not be read with certainty (a row's figures). */
	public static List<Block> read(List<LayoutLine> lines, List<ImportWarning> notes) {
		List<LayoutLine> printed = Furniture.removed(lines).stream().filter(l -> !l.spans().isEmpty()).toList();
		double unit = Paragraphs.unit(printed);
		boolean[] table = tableLines(printed, unit);
		List<LayoutLine> prose = new ArrayList<>();
		for (int i = 0; i < printed.size(); i++) {
			if (!table[i]) {
				prose.add(printed.get(i));
			}
		}
		Paragraphs paragraphs = new Paragraphs(prose, unit);
		List<Block> out = new ArrayList<>();
		int i = 0;
		while (i < printed.size()) {
			int end = i;
			while (end < printed.size() && table[end] == table[i]) {
				end++;
			}
			List<LayoutLine> run = printed.subList(i, end);
			if (table[i]) {
				out.add(SpacedTable.read(run, unit, notes));
			} else {
				out.addAll(paragraphs.join(run));
			}
			i = end;
		}
		return out;
	}

	/**
	 * Which lines belong to tables: from a line with figures or with text set apart in columns, through the lines
	 * of such text and short label lines after it, to its last line of columns; with up to {@value #LEADING}
	 * short lines of label text just before it that follow no unfinished sentence. A heading ends a table.
	 */
	private static boolean[] tableLines(List<LayoutLine> lines, double unit) {
		boolean[] table = new boolean[lines.size()];
		double width = proseWidth(lines);
		int i = 0;
		while (i < lines.size()) {
			if (!columns(lines.get(i))) {
				i++;
				continue;
			}
			int last = i;
			boolean figures = SpacedTable.hasFigures(lines.get(i));
			int k = i + 1;
			while (k < lines.size()) {
				LayoutLine line = lines.get(k);
				if (columns(line)) {
					last = k;
					figures |= SpacedTable.hasFigures(line);
				} else if (!shortLabel(line, width) || heading(lines, k)) {
					break;
				}
				k++;
			}
			if (!figures) {
				i = last + 1;
				continue;
			}
			// label lines wrapped below the last row: as far as they stand where labels start, not at a heading
			while (last + 1 < k && lines.get(last + 1).x0() >= lines.get(last).x0() + unit) {
				last++;
			}
			int start = i;
			while (start > 0 && i - start < LEADING && !table[start - 1] && shortLabel(lines.get(start - 1), width)
					&& !heading(lines, start - 1) && follows(lines, start - 1)) {
				start--;
			}
			for (int j = start; j <= last; j++) {
				table[j] = true;
			}
			i = last + 1;
		}
		return table;
	}

	/** A line with two or more spans (text or figures set apart by space), or a line of figures only. */
	private static boolean columns(LayoutLine line) {
		return line.spans().size() >= 2 || SpacedTable.hasFigures(line);
	}

	private static boolean shortLabel(LayoutLine line, double width) {
		String text = line.text();
		return line.spans().size() == 1 && text.codePointCount(0, text.length()) <= 0.8 * width
				&& !SENTENCE_END.matcher(text).matches();
	}

	/** A heading standing alone, not a label wrapped above a row of figures without one. */
	private static boolean heading(List<LayoutLine> lines, int i) {
		if (!Paragraphs.HEADING.matcher(lines.get(i).text()).matches()) {
			return false;
		}
		return i + 1 >= lines.size() || !(SpacedTable.hasFigures(lines.get(i + 1))
				&& Values.isValue(lines.get(i + 1).spans().get(0).text(), false));
	}

	/** Whether line {@code i} does not continue a sentence of the line before it. */
	private static boolean follows(List<LayoutLine> lines, int i) {
		if (i == 0) {
			return true;
		}
		String before = lines.get(i - 1).text();
		return SENTENCE_END.matcher(before).matches() || Paragraphs.HEADING.matcher(before).matches()
				|| lines.get(i - 1).spans().size() > 1 || lines.get(i).page() != lines.get(i - 1).page();
	}

	/** The characters of a full prose line: the longest of most single-span lines. */
	private static double proseWidth(List<LayoutLine> lines) {
		int[] lengths = lines.stream().filter(l -> l.spans().size() == 1)
				.mapToInt(l -> l.text().codePointCount(0, l.text().length()))
				.sorted().toArray();
		return lengths.length == 0 ? 40 : lengths[(int) (lengths.length * 0.9)];
	}
}
