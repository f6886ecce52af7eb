package org.nianbao.docx;

import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Row;

/** A prose line as printed: each {row.column} reference replaced by that cell's figure from the evaluator. */
final class FigureText {

	private FigureText() {
	}

	static String of(Paragraph paragraph, ReportEvaluation evaluation) {
		StringBuilder out = new StringBuilder(paragraph.getText() == null ? "" : paragraph.getText());
		List<FigureRef> refs = paragraph.getRefs();
		for (int i = 0; i < refs.size(); i++) {
			out.append(figure(refs.get(i), evaluation));
			if (i < paragraph.getTexts().size()) {
				out.append(paragraph.getTexts().get(i));
			}
		}
		return out.toString();
	}

	private static String figure(FigureRef ref, ReportEvaluation evaluation) {
		if (ref.getRow() instanceof Row row && !row.eIsProxy()) {
			Column column = column(ref, row);
			TableFigures figures = evaluation.table(Forms.tableOf(row));
			if (column != null && figures != null) {
				String text = figures.text(row, column);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		// Only reached when generation is forced past errors: leave the reference visible rather than print nothing.
		ICompositeNode node = NodeModelUtils.findActualNodeFor(ref);
		return "{" + (node == null ? "?" : NodeModelUtils.getTokenText(node)) + "}";
	}

	/** The named column; without one, the row's only column, else its one total column. */
	static Column column(FigureRef ref, Row row) {
		if (ref.getColumn() != null) {
			return ref.getColumn() instanceof Column c && !c.eIsProxy() ? c : null;
		}
		List<Column> columns = Forms.columnsOf(row);
		if (columns.size() == 1) {
			return columns.get(0);
		}
		List<Column> totals = columns.stream().filter(Forms::isComputed).toList();
		return totals.size() == 1 ? totals.get(0) : null;
	}
}
