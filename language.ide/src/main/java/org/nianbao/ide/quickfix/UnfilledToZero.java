package org.nianbao.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.Reading;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.eval.ValueProblem;
import org.nianbao.form.ReportParts;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Value;

import com.google.inject.Inject;

/**
 * Every placeholder (/ - 无 …) and blank cell of a table, or of the whole report, filled with 0 at once — what an
 * imported report needs after a person has decided that its dashes mean "none". The cells are those the evaluator
 * reads as placeholder or blank, the same ones placeholder-value and blank-cell report one by one.
 */
class UnfilledToZero {

	@Inject
	private ReportEvaluator evaluator;

	/** The edits for the table the object stands in. */
	List<TextEdit> table(EObject near, Document document) {
		Part part = EcoreUtil2.getContainerOfType(near, Part.class);
		Report report = EcoreUtil2.getContainerOfType(near, Report.class);
		if (part == null || report == null) {
			return List.of();
		}
		return edits(evaluator.evaluate(report), List.of(part), document);
	}

	/** The edits for every table of the report. */
	List<TextEdit> report(EObject near, Document document) {
		Report report = EcoreUtil2.getContainerOfType(near, Report.class);
		return report == null ? List.of() : edits(evaluator.evaluate(report), report.getParts(), document);
	}

	private static List<TextEdit> edits(ReportEvaluation evaluation, List<Part> parts, Document document) {
		List<TextEdit> edits = new ArrayList<>();
		for (Part part : parts) {
			FormPart formPart = evaluation.parts().match(part).part();
			TableFigures figures = formPart == null || formPart.getTable() == null
					? null
					: evaluation.table(formPart.getTable());
			if (figures == null) {
				continue;
			}
			for (Figures block : ReportParts.figuresOf(part)) {
				for (FigureRow row : block.getRows()) {
					for (Value value : row.getValues()) {
						Reading reading = figures.reading(value);
						ITextRegion region = Nodes.region(value);
						if (reading != null && region != null
								&& (reading.problem() == ValueProblem.PLACEHOLDER
										|| reading.problem() == ValueProblem.BLANK)) {
							edits.add(new TextEdit(new Range(document.getPosition(region.getOffset()),
									document.getPosition(region.getOffset() + region.getLength())), "0"));
						}
					}
				}
			}
		}
		return edits;
	}
}
