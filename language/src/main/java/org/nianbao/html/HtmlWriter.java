package org.nianbao.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.nianbao.eval.ReportEvaluator;
import org.nianbao.export.OutputPaths;
import org.nianbao.export.ReportWriter;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/** A report's web page (see {@link ReportHtml}) as an export of {@link org.nianbao.export.ReportExport}. */
public class HtmlWriter implements ReportWriter {

	@Inject
	private ReportEvaluator evaluator;

	public String page(Report report) {
		return ReportHtml.page(evaluator.evaluate(report), RenderOptions.PUBLISHED);
	}

	@Override
	public String extension() {
		return OutputPaths.HTML_EXTENSION;
	}

	@Override
	public String documentName() {
		return "网页";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		out.write(page(report).getBytes(StandardCharsets.UTF_8));
	}
}
