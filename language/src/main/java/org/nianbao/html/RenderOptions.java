package org.nianbao.html;

import java.util.List;

/**
 * What a rendering of a report adds beyond the published page, for the editor's preview: the source line of each
 * part, paragraph, table row and cell ({@code data-line}, 1-based, and {@code data-offset}), and marks on the
 * elements that diagnostics point into (a class by severity and the messages as a tooltip).
 */
public record RenderOptions(boolean sourcePositions, List<Mark> marks) {

	/** The page as published: no source positions, no marks. */
	public static final RenderOptions PUBLISHED = new RenderOptions(false, List.of());

	/** A diagnostic's place in the source text (character offset and length) and what it says. */
	public record Mark(int offset, int length, Severity severity, String message) {
	}

	public enum Severity {
		ERROR, WARNING, INFO;

		String cssClass() {
			return "mark-" + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public RenderOptions {
		marks = List.copyOf(marks);
	}

	/** For the preview: source positions on, with these marks. */
	public static RenderOptions preview(List<Mark> marks) {
		return new RenderOptions(true, marks);
	}

	boolean annotated() {
		return sourcePositions || !marks.isEmpty();
	}
}
