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
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.explain.ExplainedIssues;
import org.nianbao.ide.explain.ExplainedWarnings;
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

	@Inject
	private ExplainedWarnings explained;

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
			FormPart formPart = evaluation.parts().match(part).part();
			ITextRegion heading = Nodes.region(part, NianbaoPackage.Literals.PART__HEADING);
			if (formPart == null || formPart.getTable() == null || formPart.getTable().eIsProxy() || heading == null) {
				continue;
			}
			String title = TableSummary.of(evaluation, formPart.getTable());
			if (title == null) {
				continue;
			}
			long explainedHere = explainedIn(resource, part);
			if (explainedHere > 0) {
				title += " · 已说明 " + explainedHere + " 处";
			}
			Range range = new Range(lines.position(heading.getOffset()),
					lines.position(heading.getOffset() + heading.getLength()));
			lenses.add(new CodeLens(range, new Command(title, COMMAND,
					List.of(params.getTextDocument().getUri(), range.getStart().getLine())), null));
		}
		return lenses;
	}

	/** Warnings a person explained in the part (its heading, its rows). */
	private long explainedIn(XtextResource resource, Part part) {
		ICompositeNode node = NodeModelUtils.getNode(part);
		if (node == null) {
			return 0;
		}
		int start = node.getOffset();
		int end = node.getEndOffset();
		return explained.issues(resource).stream().filter(ExplainedIssues::isExplained)
				.filter(i -> i.getOffset() != null && i.getOffset() >= start && i.getOffset() < end).count();
	}
}
