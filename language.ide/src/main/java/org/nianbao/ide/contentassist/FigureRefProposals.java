package org.nianbao.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.form.Labels;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;

import com.google.inject.Inject;

/**
 * Inside {@code {…}}: the form's rows in the form's order, then after {@code row.} the row's columns in order, each
 * with the figure it stands for now (this year's, or last year's after {@code previous.}).
 */
class FigureRefProposals {

	private static final int PRIORITY = 900;

	@Inject
	private ReportEvaluator evaluator;

	@Inject
	private IdeContentProposalCreator creator;

	void rows(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!(context.getRootModel() instanceof Report report)) {
			return;
		}
		ReportEvaluation evaluation = source(evaluator.evaluate(report), context);
		Form form = evaluator.evaluate(report).form();
		if (form == null) {
			return;
		}
		int rank = 0;
		for (Row row : Forms.leafRows(form)) {
			TableFigures figures = evaluation == null ? null : evaluation.table(Forms.tableOf(row));
			List<String> values = new ArrayList<>();
			for (Column column : Forms.columnsOf(row)) {
				String text = figures == null ? "" : figures.text(row, column);
				values.add(text.isEmpty() ? "—" : text);
			}
			ContentAssistEntry entry = creator.createProposal(row.getName(), context, ContentAssistEntry.KIND_FIELD,
					e -> {
						e.setLabel(row.getName());
						e.setDescription(String.join(" ", values));
						e.setDocumentation(row.getLabel());
					});
			if (entry != null) {
				acceptor.accept(entry, PRIORITY - rank++);
			}
		}
	}

	void columns(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!(context.getCurrentModel() instanceof FigureRef ref) || !(ref.getRow() instanceof Row row)
				|| row.eIsProxy()
				|| !(context.getRootModel() instanceof Report report)) {
			return;
		}
		ReportEvaluation evaluation = source(evaluator.evaluate(report), context);
		TableFigures figures = evaluation == null ? null : evaluation.table(Forms.tableOf(row));
		int rank = 0;
		for (Column column : Forms.columnsOf(row)) {
			String text = figures == null ? "" : figures.text(row, column);
			ContentAssistEntry entry = creator.createProposal(column.getName(), context, ContentAssistEntry.KIND_FIELD,
					e -> {
						e.setLabel(column.getName());
						e.setDescription((text.isEmpty() ? "—" : text) + " · " + Labels.column(column));
					});
			if (entry != null) {
				acceptor.accept(entry, PRIORITY - rank++);
			}
		}
	}

	/** Last year's evaluation when the reference being typed starts with {@code previous.}. */
	private static ReportEvaluation source(ReportEvaluation evaluation, ContentAssistContext context) {
		String text = context.getRootNode().getText();
		int start = context.getReplaceRegion().getOffset();
		int brace = text.lastIndexOf('{', start - 1);
		boolean lastYear = brace >= 0 && text.substring(brace + 1, start).strip().startsWith("previous");
		return lastYear ? evaluation.previous() : evaluation;
	}
}
