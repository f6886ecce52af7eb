package org.nianbao.importer.model;

import java.util.List;

/**
 * A table as printed: its rows of cells in grid order. {@code mergesKnown} is false for text extracted from
 * a document, where a merged cell may show up as extra empty cells.
 */
public record PrintedTable(List<List<PrintedCell>> rows, boolean mergesKnown, String where) implements Block {

	/** Where a row is, for messages: "表格3:第14行". */
	public String rowWhere(int row) {
		return where + ":第" + (row + 1) + "行";
	}
}
