package org.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;

import org.nianbao.nianbao.Report;

/** One kind of document a report can be exported as (Word today, a web page next); {@link ReportExport} calls it. */
public interface ReportWriter {

	/** The ending of the files it writes, with its dot: ".docx". */
	String extension();

	/** What messages call one such document: "Word 文档". */
	String documentName();

	/** Writes the whole document; the export makes the file appear whole or not at all. */
	void write(Report report, OutputStream out) throws IOException;
}
