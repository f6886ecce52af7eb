package org.nianbao.importer.model;

import java.util.List;

/**
 * A published report as printed, whatever format it came in: its blocks in reading order; the article's title
 * when the page around the article gives it; and whether the source is extracted text, where a paragraph may
 * have been broken over lines and merged cells show up as empty ones.
 */
public record PrintedReport(List<Block> blocks, String pageTitle, boolean extractedText) {
}
