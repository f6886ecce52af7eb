package org.nianbao.importer.read.pdf;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.importer.read.layout.LayoutLine;
import org.nianbao.importer.read.layout.Span;

/**
 * The text of a page outside its ruled tables as printed lines for the layout reader: glyphs on one baseline
 * are a line; a gap of more than {@value #COLUMN_GAP} character widths splits it into spans (columns of a
 * table without rulings, a right-aligned date).
 */
final class PdfLines {

	static final double COLUMN_GAP = 1.5;

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
					if (g.x0() - last.x1() > COLUMN_GAP * Math.max(g.size(), last.size())) {
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

	private static Span span(List<Glyph> glyphs) {
		return new Span(LineText.text(glyphs), glyphs.get(0).x0(), glyphs.get(glyphs.size() - 1).x1());
	}
}
