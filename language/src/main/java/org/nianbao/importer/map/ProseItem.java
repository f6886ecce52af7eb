package org.nianbao.importer.map;

/** A line of prose to write: a paragraph, a sub-heading, or a comment (what the language cannot hold). */
public record ProseItem(Kind kind, String text) {

	public enum Kind {
		PARAGRAPH, SUBHEADING, COMMENT
	}

	static ProseItem paragraph(String text) {
		return new ProseItem(Kind.PARAGRAPH, text);
	}

	static ProseItem subheading(String text) {
		return new ProseItem(Kind.SUBHEADING, text);
	}

	static ProseItem comment(String text) {
		return new ProseItem(Kind.COMMENT, text);
	}
}
