package org.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.nianbao.nianbao.Report;

/** One kind of document a report can be exported as (Word today, a web page next); {@link ReportExport} calls it. */
public interface ReportWriter {

	/** The ending of the files it writes, with its dot: ".docx". */
	String extension();

	/** What messages call one such document: "Word 文档". */
	String documentName();

	/**
	 * Whether the file already at a target is a document of this kind that Nianbao wrote, and so may be replaced:
	 * anything else there (the Word file a report was imported from, a document edited by hand) is kept.
	 */
	boolean isOurs(Path existing);

	/** Writes the whole document; the export makes the file appear whole or not at all. */
	void write(Report report, OutputStream out) throws IOException;

	/**
	 * As above for a report that still has {@code errors} (forced): a writer that marks drafts overrides this.
	 */
	default void write(Report report, OutputStream out, long errors) throws IOException {
		write(report, out);
	}
}
