package org.nianbao.importer.map;

/**
 * A line of prose to write: a paragraph, a sub-heading of {@code level} 2 to 4 (（一）, 1., （1）), an image (the
 * file it was saved to in {@code path}, its caption in {@code text}, which may be null), or a comment (what the
 * language cannot hold).
 */
public record ProseItem(Kind kind, String text, int level, String path) {

	public enum Kind {
		PARAGRAPH, SUBHEADING, IMAGE, COMMENT
	}

	static ProseItem paragraph(String text) {
		return new ProseItem(Kind.PARAGRAPH, text, 0, null);
	}

	static ProseItem subheading(String text, int level) {
		return new ProseItem(Kind.SUBHEADING, text, level, null);
	}

	static ProseItem image(String path, String caption) {
		return new ProseItem(Kind.IMAGE, caption, 0, path);
	}

	static ProseItem comment(String text) {
		return new ProseItem(Kind.COMMENT, text, 0, null);
	}
}
