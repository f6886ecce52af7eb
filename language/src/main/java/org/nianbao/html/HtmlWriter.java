package org.nianbao.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.nianbao.docx.AtomicFileWriter;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/** Writes a report's web page (see {@link ReportHtml}), whole or not at all. */
public class HtmlWriter {

	@Inject
	private ReportEvaluator evaluator;

	public String page(Report report) {
		return ReportHtml.page(evaluator.evaluate(report), RenderOptions.PUBLISHED);
	}

	public void write(Report report, Path target) throws IOException {
		byte[] bytes = page(report).getBytes(StandardCharsets.UTF_8);
		AtomicFileWriter.write(target, out -> out.write(bytes));
	}
}
