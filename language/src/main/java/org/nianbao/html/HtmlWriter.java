package org.nianbao.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.nianbao.eval.ReportEvaluator;
import org.nianbao.export.OutputPaths;
import org.nianbao.export.ReportWriter;
import org.nianbao.layout.DocumentLayout;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/** A report's web page (see {@link ReportHtml}) as an export of {@link org.nianbao.export.ReportExport}. */
public class HtmlWriter implements ReportWriter {

	@Inject
	private ReportEvaluator evaluator;

	public String page(Report report) {
		return page(report, 0);
	}

	/** {@code errors}: how many errors the report still has; the page of a report with errors is marked a draft. */
	public String page(Report report, long errors) {
		return ReportHtml.page(DocumentLayout.of(evaluator.evaluate(report), errors), RenderOptions.PUBLISHED);
	}

	@Override
	public String extension() {
		return OutputPaths.HTML_EXTENSION;
	}

	@Override
	public String documentName() {
		return "网页";
	}

	/** Our pages name their generator in the head, within the first kilobytes. */
	@Override
	public boolean isOurs(Path existing) {
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(existing)) {
			String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
			return head.contains("<meta name=\"generator\" content=\"" + ReportHtml.GENERATOR + "\">");
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		out.write(page(report).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void write(Report report, OutputStream out, long errors) throws IOException {
		out.write(page(report, errors).getBytes(StandardCharsets.UTF_8));
	}
}
