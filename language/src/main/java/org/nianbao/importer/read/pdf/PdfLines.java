package org.nianbao.importer.read.pdf;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.importer.read.layout.LayoutLine;
import org.nianbao.importer.read.layout.Span;

/**
 * The text of a page outside its ruled tables as printed lines for the layout reader: glyphs on one baseline
 * are a line; a gap of more than {@value #COLUMN_GAP} character widths splits it into spans (columns of a
 * table without rulings, a right-aligned date), and between two digits a gap of more than {@value #DIGIT_GAP}.
 */
final class PdfLines {

	static final double COLUMN_GAP = 1.5;
	/**
	 * Between two digits a gap this wide (in character widths) is a column boundary: a space inside a number
	 * ("3 119") is a quarter to a third of one, while figures in the narrow columns of a table printed without
	 * rulings stand less than {@value #COLUMN_GAP} apart (1 and 41 in 其他 and 总计 of a browser's print).
	 */
	static final double DIGIT_GAP = 0.8;

	private PdfLines() {
	}

	static List<LayoutLine> lines(int page, List<Glyph> glyphs) {
		List<LayoutLine> out = new ArrayList<>();
		for (List<Glyph> line : LineText.lines(glyphs)) {
			List<Span> spans = new ArrayList<>();
			List<Glyph> span = new ArrayList<>();
			for (Glyph g : line) {
				if (!span.isEmpty()) {
					Glyph last = span.get(span.size() - 1);
					double gap = g.x0() - last.x1();
					double size = Math.max(g.size(), last.size());
					if (gap > COLUMN_GAP * size || (gap > DIGIT_GAP * size && digit(last) && digit(g))) {
						spans.add(span(span));
						span = new ArrayList<>();
					}
				}
				span.add(g);
			}
			spans.add(span(span));
			double top = line.stream().mapToDouble(Glyph::top).min().orElse(0);
			double bottom = line.stream().mapToDouble(Glyph::bottom).max().orElse(0);
			out.add(new LayoutLine(spans, top, bottom, page, "第" + page + "页第" + (out.size() + 1) + "行"));
		}
		return out;
	}

	private static boolean digit(Glyph g) {
		return !g.text().isEmpty() && Character.isDigit(g.text().codePointAt(0));
	}

	private static Span span(List<Glyph> glyphs) {
		return new Span(LineText.text(glyphs), glyphs.get(0).x0(), glyphs.get(glyphs.size() - 1).x1());
	}
}
