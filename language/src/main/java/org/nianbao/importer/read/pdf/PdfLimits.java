package org.nianbao.importer.read.pdf;

/**
 * Bounds on what PDF import reads, far above any real annual report (a few pages, a few thousand characters,
 * a few hundred ruling lines), so that a hostile file costs bounded time and memory. The file size limit is
 * {@link org.nianbao.importer.read.InputLimits#MAX_FILE_MB}, checked before PDFBox opens the file.
 */
final class PdfLimits {

	/** Pages read; a longer PDF is refused. */
	static final int MAX_PAGES = 200;
	/** Decoded streams PDFBox keeps in memory before spilling to a scratch file, and the scratch file's limit. */
	static final long MAX_MEMORY_BYTES = 32L * 1024 * 1024;
	static final long MAX_SCRATCH_BYTES = 256L * 1024 * 1024;
	/** Operators of all content streams together (text and drawing). */
	static final long MAX_OPERATORS = 5_000_000;
	/** Characters of the whole document. */
	static final int MAX_GLYPHS = 1_000_000;
	/** Ruling lines of one page taken as a table's; more is a drawing, read as text only. */
	static final int MAX_RULINGS = 5_000;
	/** Wall-clock time for the whole document, checked between operators. */
	static final long MAX_MILLIS = 30_000;

	private PdfLimits() {
	}
}
