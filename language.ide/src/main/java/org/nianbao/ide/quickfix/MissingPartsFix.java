package org.nianbao.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.ReportParts;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/**
 * Writes the skeleton of each missing part where the form puts it: its heading as printed, then an empty
 * prose line for a prose part or "all zero" for a table part.
 */
class MissingPartsFix {

	@Inject
	private ReportEvaluator evaluator;

	List<TextEdit> insertParts(EObject object, Document document, List<String> names) {
		Report report = EcoreUtil2.getContainerOfType(object, Report.class);
		if (report == null) {
			return List.of();
		}
		ReportParts parts = evaluator.evaluate(report).parts();
		Form form = parts.form();
		if (form == null) {
			return List.of();
		}
		TextInsertions insertions = new TextInsertions(document);
		String br = insertions.lineBreak();
		for (FormPart missing : parts.missingParts()) {
			if (!names.contains(missing.getName())) {
				continue;
			}
			String skeleton = "# " + missing.getLabel() + br + (missing.getTable() != null ? "all zero" : "| ") + br;
			Part next = writtenAfter(report, parts, form.getParts().indexOf(missing));
			if (next != null) {
				ITextRegion heading = Nodes.region(next);
				insertions.insertLineBefore(heading.getOffset(), skeleton);
			} else {
				insertions.append(br + skeleton);
			}
		}
		return insertions.edits();
	}

	private static Part writtenAfter(Report report, ReportParts parts, int index) {
		Form form = parts.form();
		for (Part part : report.getParts()) {
			FormPart matched = parts.match(part).part();
			if (matched != null && form.getParts().indexOf(matched) > index && Nodes.region(part) != null) {
				return part;
			}
		}
		return null;
	}
}
