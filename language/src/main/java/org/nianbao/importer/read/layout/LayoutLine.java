package org.nianbao.importer.read.layout;

import java.util.List;

/**
 * One printed line: its spans left to right; {@code top}/{@code bottom} growing downwards (a text line's index);
 * its page (from 1); {@code where} it is, for messages ("第2页第14行", "第95行").
 */
public record LayoutLine(List<Span> spans, double top, double bottom, int page, String where) {

	/** The line's text, spans joined by one space. */
	public String text() {
		return String.join(" ", spans.stream().map(Span::text).toList()).strip();
	}

	double x0() {
		return spans.isEmpty() ? 0 : spans.get(0).x0();
	}

	double x1() {
		return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).x1();
	}
}
