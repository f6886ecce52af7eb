package org.nianbao.ide.highlighting;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Value;

import com.google.inject.Inject;

import static org.nianbao.nianbao.NianbaoPackage.Literals.*;

/**
 * Semantic colours a TextMate grammar cannot give: figures cited in prose ({@code {row.column}}: the row as a
 * variable, the column as a property, only when they resolve), row names of tables, and the totals the form
 * computes (a number marked {@code readonly}: written, or {@code =}, the table decides it), and placeholders
 * where a number belongs ({@code / — 〇 无 _}: a number marked {@code deprecated}, struck through). A name that does not resolve
 * keeps the grammar's colour, so a typo does not look like a figure.
 */
public class FigureHighlighting implements ISemanticHighlightingCalculator {

	public static final String ROW = "variable";
	public static final String COLUMN = "property";
	public static final String NUMBER = "number";
	public static final String COMPUTED = "readonly";
	/** Drawn struck through by VS Code: a placeholder stands where a number should be. */
	public static final String NOT_A_NUMBER = "deprecated";

	@Inject
	private ReportEvaluator evaluator;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report report)) {
			return;
		}
		ReportEvaluation evaluation = evaluator.evaluate(report);
		for (TreeIterator<EObject> all = report.eAllContents(); all.hasNext() && !cancel.isCanceled();) {
			EObject object = all.next();
			if (object instanceof FigureRef ref) {
				if (ref.getRow() != null && !ref.getRow().eIsProxy()) {
					mark(acceptor, ref, FIGURE_REF__ROW, ROW);
				}
				if (ref.getColumn() != null && !ref.getColumn().eIsProxy()) {
					mark(acceptor, ref, FIGURE_REF__COLUMN, COLUMN);
				}
			} else if (object instanceof FigureRow figureRow && figureRow.getRow() instanceof Row row
					&& !row.eIsProxy()) {
				mark(acceptor, figureRow, FIGURE_ROW__ROW, ROW);
				TableFigures figures = evaluation.table(Forms.tableOf(row));
				for (Value value : figureRow.getValues()) {
					Column column = figures == null ? null : figures.columnOf(value);
					ITextRegion region = Nodes.region(value);
					if (region == null) {
						continue;
					}
					if (value.getPlaceholder() != null) {
						acceptor.addPosition(region.getOffset(), region.getLength(), NUMBER, NOT_A_NUMBER);
					} else if (column != null
							&& (value.isComputed() || column.getSum() != null || row.getSum() != null)) {
						acceptor.addPosition(region.getOffset(), region.getLength(), NUMBER, COMPUTED);
					}
				}
				all.prune();
			}
		}
	}

	private static void mark(IHighlightedPositionAcceptor acceptor, EObject object, EStructuralFeature feature,
			String style) {
		ITextRegion region = Nodes.region(object, feature);
		if (region != null) {
			acceptor.addPosition(region.getOffset(), region.getLength(), style);
		}
	}
}
