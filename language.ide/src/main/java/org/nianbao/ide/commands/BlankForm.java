package org.nianbao.ide.commands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Whether an imported report is the blank national form (the template as published, every cell empty): the editor
 * then offers a new report instead of hundreds of blank-cell problems. Read by the evaluator like any report.
 */
class BlankForm {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ReportEvaluator evaluator;

	/** True when the imported text has tables and not one number in any of them. */
	boolean is(String text, Path target) {
		XtextResourceSet set = resourceSets.get();
		Resource resource = set.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			return false;
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return false;
		}
		ReportEvaluation evaluation = evaluator.evaluate(report);
		if (evaluation.form() == null) {
			return false;
		}
		boolean tables = false;
		for (FormPart part : evaluation.form().getParts()) {
			TableFigures figures = part.getTable() == null ? null : evaluation.table(part.getTable());
			if (figures != null && evaluation.parts().written(part) != null) {
				if (figures.hasNumber()) {
					return false;
				}
				tables = true;
			}
		}
		return tables;
	}
}
