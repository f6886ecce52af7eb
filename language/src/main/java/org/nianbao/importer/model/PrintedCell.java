package org.nianbao.importer.model;

/**
 * One cell of a printed table row. A cell merged over several grid columns appears once. A cell merged down
 * from the row above appears in each row it covers, with {@code continued} set and the text of the cell it
 * continues, so a row can be read with its group labels.
 */
public record PrintedCell(String text, boolean continued) {

	public static PrintedCell of(String text) {
		return new PrintedCell(text, false);
	}
}
