package org.nianbao.ide.hints;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.form.Labels;
import org.nianbao.ide.text.DisplayWidth;
import org.nianbao.ide.text.LineStarts;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Value;

import com.google.inject.Inject;

/**
 * Inlay hints naming each value of a figure row by its column ({@code 自然人 33 商业企业 5 …}), with the column's short
 * name from the form; the full printed label is the hint's tooltip. After a computed mark {@code =} a second hint
 * shows the value the table computes there. Rows of one value need no name. Only what the
 * evaluator read is named: a row whose values fit no columns gets no hints (its diagnostic says why).
 */
public class ColumnHints {

	@Inject
	private ReportEvaluator evaluator;

	public List<InlayHint> hints(XtextResource resource, String text, Range range) {
		List<InlayHint> hints = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return hints;
		}
		LineStarts lines = LineStarts.of(text);
		ReportEvaluation evaluation = evaluator.evaluate(report);
		for (TreeIterator<EObject> all = report.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof FigureRow figureRow) {
				all.prune();
				if (figureRow.getRow() instanceof Row row && !row.eIsProxy() && Forms.columnsOf(row).size() > 1) {
					ITextRegion region = Nodes.region(figureRow);
					if (region != null && within(lines, region, range)) {
						hintRow(evaluation.table(Forms.tableOf(row)), figureRow, text, lines, hints);
					}
				}
			}
		}
		return hints;
	}

	private static void hintRow(TableFigures figures, FigureRow figureRow, String text, LineStarts lines,
			List<InlayHint> hints) {
		if (figures == null) {
			return;
		}
		Row row = (Row) figureRow.getRow();
		for (Value value : figureRow.getValues()) {
			Column column = figures.columnOf(value);
			ITextRegion region = Nodes.region(value);
			if (column == null || region == null) {
				continue;
			}
			InlayHint hint = new InlayHint(lines.position(cellStart(figureRow, value, region, text)),
					Either.forLeft(column.getName()));
			hint.setKind(InlayHintKind.Parameter);
			hint.setPaddingRight(true);
			hint.setTooltip(Labels.column(column));
			hints.add(hint);
			if (value.isComputed() && figures.writtenRow(row) != null) {
				// "=" shows what the table computes there
				String computed = figures.text(row, column);
				InlayHint result = new InlayHint(lines.position(region.getOffset() + region.getLength()),
						Either.forLeft(computed.isEmpty() ? "?" : computed));
				result.setKind(InlayHintKind.Type);
				result.setPaddingLeft(true);
				result.setTooltip("由表格计算：" + Labels.column(column));
				hints.add(result);
			}
		}
	}

	/**
	 * Where the value's cell begins: a right-aligned number is preceded by the spaces that pad it to the widest value
	 * of its column, and the name goes before them, so that names and values stay in columns ("自然人 33" over
	 * "自然人  2"). Without such padding, the value's own start.
	 */
	private static int cellStart(FigureRow figureRow, Value value, ITextRegion region, String text) {
		int index = figureRow.getValues().indexOf(value);
		int widest = 0;
		if (figureRow.eContainer() instanceof Figures figures && figureRow.getRow() instanceof Row row) {
			Block block = EcoreUtil2.getContainerOfType(row, Block.class);
			for (FigureRow other : figures.getRows()) {
				if (other.getRow() instanceof Row r && !r.eIsProxy()
						&& EcoreUtil2.getContainerOfType(r, Block.class) == block
						&& other.getValues().size() == figureRow.getValues().size()) {
					ITextRegion at = Nodes.region(other.getValues().get(index));
					if (at != null) {
						widest = Math.max(widest,
								DisplayWidth.of(text.substring(at.getOffset(), at.getOffset() + at.getLength())));
					}
				}
			}
		}
		int padding = widest
				- DisplayWidth.of(text.substring(region.getOffset(), region.getOffset() + region.getLength()));
		int start = region.getOffset();
		while (padding > 0 && start - 2 >= 0 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == ' ') {
			start--;
			padding--;
		}
		return start;
	}

	private static boolean within(LineStarts lines, ITextRegion region, Range range) {
		if (range == null) {
			return true;
		}
		int first = lines.position(region.getOffset()).getLine();
		int last = lines.position(region.getOffset() + region.getLength()).getLine();
		return last >= range.getStart().getLine() && first <= range.getEnd().getLine();
	}
}
