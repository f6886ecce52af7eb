package org.nianbao.layout;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.ProseText;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Paragraph;

/** A prose line as printed: each {row.column} reference replaced by that cell's figure from the evaluator. */
public final class FigureText {

	private FigureText() {
	}

	public static String of(Paragraph paragraph, ReportEvaluation evaluation) {
		return ProseText.of(paragraph, ref -> figure(ref, evaluation));
	}

	/** One cited figure as printed. */
	public static String figure(FigureRef ref, ReportEvaluation evaluation) {
		String text = evaluation.text(ref);
		if (text != null && !text.isEmpty()) {
			return text;
		}
		// Only reached when generation is forced past errors: leave the reference visible rather than print nothing.
		ICompositeNode node = NodeModelUtils.findActualNodeFor(ref);
		return "{" + (node == null ? "?" : NodeModelUtils.getTokenText(node)) + "}";
	}
}
