package org.nianbao.importer.model;

/** One block of a printed report, in reading order: a line of text, a table or an image. */
public sealed interface Block permits TextLine, PrintedTable, PrintedImage {

	/** Where the block is in the source, e.g. "段落 12" or "表格 3". */
	String where();
}
