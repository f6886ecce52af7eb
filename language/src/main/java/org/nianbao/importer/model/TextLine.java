package org.nianbao.importer.model;

/**
 * A paragraph as printed (a soft line break starts a new one). {@code heading} is what the source's markup says
 * about it: 0 for body text or unknown, 1 or 2 when a heading style or outline level marks it as such.
 * A number the source's automatic numbering prints before the text is already part of {@code text}.
 */
public record TextLine(String text, int heading, String where) implements Block {

	public TextLine(String text, String where) {
		this(text, 0, where);
	}
}
