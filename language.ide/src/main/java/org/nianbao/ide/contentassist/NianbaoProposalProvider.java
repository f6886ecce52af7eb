package org.nianbao.ide.contentassist;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.nianbao.services.NianbaoGrammarAccess;

import com.google.inject.Inject;

/**
 * Completion: the part headings of the report's form not written yet, the rows of the current part's table
 * that are not written yet (with zeros to fill in, aligned), inside {@code {…}} the figures in the form's order,
 * and otherwise keywords and names as Xtext proposes them.
 */
public class NianbaoProposalProvider extends IdeContentProposalProvider {

	@Inject
	private NianbaoGrammarAccess grammar;

	@Inject
	private HeadingProposals headings;

	@Inject
	private RowProposals rows;

	@Inject
	private FigureRefProposals references;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getPartAccess().getHeadingAssignment_0()) {
			headings.propose(context, acceptor);
		} else if (assignment == grammar.getFigureRowAccess().getRowAssignment_0()) {
			rows.propose(context, acceptor);
		} else if (!(assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof TerminalRule)) {
			// a terminal's feature name ("number", "text") would be offered as if it were text to type
			super._createProposals(assignment, context, acceptor);
		}
	}

	/** Only words: "-", "/", "=" and brackets are typed, not chosen. */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return keyword.getValue().chars().allMatch(Character::isLetter);
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (reference == grammar.getFigureRowAccess().getRowRowNodeCrossReference_0_0()) {
			rows.propose(context, acceptor);
		} else if (reference == grammar.getFigureRefAccess().getRowRowNodeCrossReference_1_0()) {
			references.rows(context, acceptor);
		} else if (reference == grammar.getFigureRefAccess().getColumnColumnNodeCrossReference_2_1_0()) {
			references.columns(context, acceptor);
		} else {
			super._createProposals(reference, context, acceptor);
		}
	}
}
