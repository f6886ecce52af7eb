package org.nianbao.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.validation.FigureValidator;

/**
 * A row one value short, where the evaluator's sums single out the missing value (issue data: append or insert, the
 * index of the value it goes before, the text): the value is put there. Nothing is guessed here.
 */
final class MissingValueFix {

	private MissingValueFix() {
	}

	/** The label of the fix, or null when the diagnostic carries none. */
	static String label(List<String> data) {
		if (data.size() >= 3 && FigureValidator.FIX_APPEND.equals(data.get(0))) {
			return "=".equals(data.get(2)) ? "在末尾补 =（总计由系统计算）" : "在末尾补 " + data.get(2);
		}
		if (data.size() >= 4 && FigureValidator.FIX_INSERT.equals(data.get(0))) {
			return "在“" + data.get(3) + "”列补 " + data.get(2);
		}
		return null;
	}

	static List<TextEdit> edits(EObject object, Document document, List<String> data) {
		FigureRow row = EcoreUtil2.getContainerOfType(object, FigureRow.class);
		if (row == null || label(data) == null) {
			return List.of();
		}
		int index;
		try {
			index = Integer.parseInt(data.get(1));
		} catch (NumberFormatException e) {
			return List.of();
		}
		String text = data.get(2);
		int offset;
		String insertion;
		// after the value before it, so that the spacing that aligns the table stays before the next one
		int after = Math.min(index, row.getValues().size());
		ITextRegion previous = after == 0 ? Nodes.region(row, NianbaoPackage.Literals.FIGURE_ROW__ROW)
				: Nodes.region(row.getValues().get(after - 1));
		if (previous == null) {
			return List.of();
		}
		offset = previous.getOffset() + previous.getLength();
		insertion = " " + text;
		Range at = new Range(document.getPosition(offset), document.getPosition(offset));
		return List.of(new TextEdit(at, insertion));
	}
}
