package org.nianbao.ide.lens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.ide.text.LineStarts;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/**
 * A line above each table part saying its state in a clerk's words ({@link TableSummary}); clicking it runs the
 * editor's {@value #COMMAND} command with the document's URI and the heading's line.
 */
public class TableSummaryLenses implements ICodeLensService {

	/** A client command (the editor opens the preview there); the server only names it. */
	public static final String COMMAND = "nianbao.openPreviewAt";

	@Inject
	private ReportEvaluator evaluator;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator cancelIndicator) {
		List<CodeLens> lenses = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return lenses;
		}
		ReportEvaluation evaluation = evaluator.evaluate(report);
		LineStarts lines = LineStarts.of(document.getContents());
		for (Part part : report.getParts()) {
			FormPart formPart = evaluation.layout().match(part).part();
			ITextRegion heading = Nodes.region(part, NianbaoPackage.Literals.PART__HEADING);
			if (formPart == null || formPart.getTable() == null || formPart.getTable().eIsProxy() || heading == null) {
				continue;
			}
			String title = TableSummary.of(evaluation, formPart.getTable());
			if (title == null) {
				continue;
			}
			Range range = new Range(lines.position(heading.getOffset()), lines.position(heading.getOffset() + heading.getLength()));
			lenses.add(new CodeLens(range, new Command(title, COMMAND,
					List.of(params.getTextDocument().getUri(), range.getStart().getLine())), null));
		}
		return lenses;
	}
}
