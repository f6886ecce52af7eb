package org.nianbao.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;

import com.google.inject.Inject;

/** Proposals for what begins a line of a report (headings, rows): offered only there, with the report evaluated. */
abstract class LineStartProposals {

	@Inject
	private ReportEvaluator evaluator;

	@Inject
	protected IdeContentProposalCreator creator;

	final void propose(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		CursorPart cursor = CursorPart.atLineStart(context) ? CursorPart.of(context) : null;
		if (cursor != null) {
			propose(context, cursor, evaluator.evaluate(cursor.report()), acceptor);
		}
	}

	abstract void propose(ContentAssistContext context, CursorPart cursor, ReportEvaluation evaluation,
			IIdeContentProposalAcceptor acceptor);
}
