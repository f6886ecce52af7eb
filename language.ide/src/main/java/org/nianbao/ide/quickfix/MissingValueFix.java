package org.nianbao.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.issues.IssueDatum;

/**
 * A row one value short, where the evaluator's sums single out the missing value (issue data: a value to append
 * after the written ones, or to insert before the value at an index): the value is put there. Nothing is guessed here.
 */
final class MissingValueFix {

	private MissingValueFix() {
	}

	/** The label of the fix, or null when the datum is no missing value. */
	static String label(IssueDatum datum) {
		if (datum instanceof IssueDatum.ValueToAppend append) {
			return "=".equals(append.text()) ? "在末尾补 =（总计由系统计算）" : "在末尾补 " + append.text();
		}
		if (datum instanceof IssueDatum.ValueToInsert insert) {
			return "在“" + insert.column() + "”列补 " + insert.text();
		}
		return null;
	}

	static List<TextEdit> edits(EObject object, Document document, IssueDatum datum) {
		FigureRow row = EcoreUtil2.getContainerOfType(object, FigureRow.class);
		int index;
		String text;
		if (datum instanceof IssueDatum.ValueToAppend append) {
			index = append.written();
			text = append.text();
		} else if (datum instanceof IssueDatum.ValueToInsert insert) {
			index = insert.index();
			text = insert.text();
		} else {
			return List.of();
		}
		if (row == null || index < 0) {
			return List.of();
		}
		// after the value before it, so that the spacing that aligns the table stays before the next one
		int after = Math.min(index, row.getValues().size());
		ITextRegion previous = after == 0
				? Nodes.region(row, NianbaoPackage.Literals.FIGURE_ROW__ROW)
				: Nodes.region(row.getValues().get(after - 1));
		if (previous == null) {
			return List.of();
		}
		int offset = previous.getOffset() + previous.getLength();
		Range at = new Range(document.getPosition(offset), document.getPosition(offset));
		return List.of(new TextEdit(at, " " + text));
	}
}
