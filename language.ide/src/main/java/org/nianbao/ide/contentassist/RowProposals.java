package org.nianbao.ide.contentassist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;

/**
 * The rows of the current part's table that are not written yet, in the form's order. A row to fill in comes
 * with one 0 per column; a row the form totals comes with the totals the evaluator computed.
 */
class RowProposals extends LineStartProposals {

	private static final int PRIORITY = 900;

	@Override
	void propose(ContentAssistContext context, CursorPart cursor, ReportEvaluation evaluation,
			IIdeContentProposalAcceptor acceptor) {
		if (cursor.part() == null) {
			return;
		}
		FormPart formPart = evaluation.layout().match(cursor.part()).part();
		Table table = formPart == null ? null : formPart.getTable();
		if (table == null) {
			return; // a prose part, or a heading the form does not know
		}
		Set<Row> written = new HashSet<>();
		if (cursor.part().getFigures() != null) {
			for (FigureRow figureRow : cursor.part().getFigures().getRows()) {
				ITextRegion region = Nodes.region(figureRow);
				boolean beingTyped = region != null && region.getOffset() <= context.getOffset()
						&& context.getOffset() <= region.getOffset() + region.getLength();
				if (figureRow.getRow() instanceof Row row && !row.eIsProxy() && !beingTyped) {
					written.add(row);
				}
			}
		}
		TableFigures figures = evaluation.table(table);
		List<Row> rows = Forms.leafRows(table);
		int rank = 0;
		for (Row row : rows) {
			if (written.contains(row)) {
				continue;
			}
			boolean computed = row.getSum() != null;
			String text = row.getName() + values(row, figures);
			ContentAssistEntry entry = creator.createProposal(text, context, ContentAssistEntry.KIND_FIELD, e -> {
				e.setLabel(row.getName());
				e.setDescription(row.getLabel() + (computed ? "（合计行，可不写）" : ""));
			});
			if (entry != null) {
				// rows to fill in first, in the form's order; computed totals after them
				acceptor.accept(entry, PRIORITY - (computed ? 100 : 0) - rank++);
			}
		}
	}

	private static String values(Row row, TableFigures figures) {
		StringBuilder out = new StringBuilder();
		for (Column column : Forms.columnsOf(row)) {
			if (row.getSum() == null) {
				out.append(" 0");
			} else {
				String text = figures == null ? "" : figures.text(row, column);
				if (text.isEmpty()) {
					return ""; // cannot be computed yet: the name alone
				}
				out.append(' ').append(text);
			}
		}
		return out.toString();
	}
}
