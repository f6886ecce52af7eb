package org.nianbao.tests.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.ecore.resource.Resource;
import org.nianbao.docx.DocxGenerator;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.nianbao.Report;
import org.nianbao.workspace.SourceFiles;
import org.nianbao.workspace.Workspace;

/** A report file loaded as the command line loads it (with the files beside it, so a form it names is found), evaluated, with its Word document. */
public record LoadedReport(Report report, Resource resource, ReportEvaluation evaluation, byte[] docx) {

	public static LoadedReport of(Path file) {
		SourceFiles files = new SourceFiles(List.of(file.toString()));
		Workspace workspace = TestInjector.get(Workspace.class);
		workspace.load(files.targets());
		workspace.load(files.context());
		Resource resource = workspace.resource(file.toAbsolutePath().normalize());
		Report report = (Report) resource.getContents().get(0);
		ReportEvaluation evaluation = TestInjector.get(ReportEvaluator.class).evaluate(report);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			TestInjector.get(DocxGenerator.class).write(report, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new LoadedReport(report, resource, evaluation, out.toByteArray());
	}

	/** The document re-opened with POI, as a reader's Word would. */
	public XWPFDocument document() {
		try {
			return new XWPFDocument(new ByteArrayInputStream(docx));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
