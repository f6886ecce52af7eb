package org.nianbao.importer.model;

import java.util.List;

import org.nianbao.importer.ImportWarning;

/**
 * A published report as printed, whatever format it came in: its blocks in reading order; the article's title
 * when the page around the article gives it; whether the source is extracted text, where a paragraph may
 * have been broken over lines and merged cells show up as empty ones; and what the reader could not read as
 * printed (a PDF's glyphs without a character), said to the user with the mapper's warnings.
 */
public record PrintedReport(List<Block> blocks, String pageTitle, boolean extractedText, List<ImportWarning> notes) {

	public PrintedReport(List<Block> blocks, String pageTitle, boolean extractedText) {
		this(blocks, pageTitle, extractedText, List.of());
	}
}
