package org.nianbao.ide.formatting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.ide.text.DisplayWidth;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Value;

/**
 * Lines up one table's rows: names padded to the widest name, each value right-aligned in its column.
 * Columns are aligned among the rows of the same block of the form (table 2 has blocks of one and three
 * columns), with a wider gap where the form's column groups meet ({@link ColumnGaps}). A row is left alone unless its name and values stand alone on one line.
 */
public class FigureAligner {

	private record Line(FigureRow row, int start, int end, String name, List<String> values, Object group) {
	}

	public List<LineEdit> align(Figures figures, String text) {
		List<Line> lines = new ArrayList<>();
		for (FigureRow row : figures.getRows()) {
			Line line = read(row, text);
			if (line != null) {
				lines.add(line);
			}
		}
		int nameWidth = lines.stream().mapToInt(l -> DisplayWidth.of(l.name())).max().orElse(0);
		Map<Object, List<Integer>> widths = new HashMap<>();
		for (Line line : lines) {
			List<Integer> w = widths.computeIfAbsent(line.group(), g -> new ArrayList<>());
			for (int i = 0; i < line.values().size(); i++) {
				int width = DisplayWidth.of(line.values().get(i));
				if (i < w.size()) {
					w.set(i, Math.max(w.get(i), width));
				} else {
					w.add(width);
				}
			}
		}
		List<LineEdit> edits = new ArrayList<>();
		for (Line line : lines) {
			StringBuilder out = new StringBuilder();
			List<Integer> w = widths.get(line.group());
			if (line.values().isEmpty()) {
				out.append(line.name());
			} else {
				out.append(DisplayWidth.padRight(line.name(), nameWidth));
				boolean[] gaps = line.row().getRow() instanceof Row r && !r.eIsProxy()
						? ColumnGaps.of(r, line.values().size())
						: null;
				for (int i = 0; i < line.values().size(); i++) {
					out.append(gaps != null && gaps[i] ? "  " : " ")
							.append(DisplayWidth.padLeft(line.values().get(i), w.get(i)));
				}
			}
			String formatted = out.toString();
			if (!formatted.equals(text.substring(line.start(), line.end()))) {
				edits.add(new LineEdit(line.start(), line.end() - line.start(), formatted));
			}
		}
		return edits;
	}

	private static Line read(FigureRow row, String text) {
		ITextRegion name = Nodes.region(row, NianbaoPackage.Literals.FIGURE_ROW__ROW);
		if (name == null) {
			return null;
		}
		int lineStart = text.lastIndexOf('\n', name.getOffset() - 1) + 1;
		if (!text.substring(lineStart, name.getOffset()).isBlank()) {
			return null; // something else before the row name on its line
		}
		int end = name.getOffset() + name.getLength();
		List<String> values = new ArrayList<>();
		StringBuilder expected = new StringBuilder(text.substring(name.getOffset(), end));
		for (Value value : row.getValues()) {
			ITextRegion region = Nodes.region(value);
			if (region == null || value.getStray() != null) {
				return null; // a stray character (even a control character) is left where it is, for its error to show
			}
			String written = text.substring(region.getOffset(), region.getOffset() + region.getLength())
					.replaceAll("\\s+", "");
			values.add(written);
			expected.append(written);
			end = region.getOffset() + region.getLength();
		}
		String span = text.substring(lineStart, end);
		if (span.indexOf('\n') >= 0 || !span.replaceAll("\\s+", "").equals(expected.toString())) {
			return null; // spread over lines or interleaved with comments: keep as written
		}
		Object group = row.getRow() instanceof Row r && !r.eIsProxy()
				&& EcoreUtil2.getContainerOfType(r, Block.class) != null
						? EcoreUtil2.getContainerOfType(r, Block.class)
						: "values:" + values.size();
		return new Line(row, lineStart, end, text.substring(name.getOffset(), name.getOffset() + name.getLength()),
				values,
				group);
	}
}
