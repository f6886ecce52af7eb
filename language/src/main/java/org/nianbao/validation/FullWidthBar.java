package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.form.ProseLines;

/** A full-width ｜ at the start of a line, where a paragraph's "| " belongs: one error at the bar, not a stray. */
final class FullWidthBar {

	static final String MESSAGE = "段落开头的“｜”是全角竖线：正文段落要以半角“| ”开头";

	private FullWidthBar() {
	}

	/** Reports the object if it is such a bar; false when it is something else. */
	static boolean report(EObject object, NianbaoCheckBase check) {
		INode node = NodeModelUtils.getNode(object);
		if (node == null || !ProseLines.firstOnLine(node)
				|| !node.getText().strip().equals(String.valueOf(ProseLines.FULL_WIDTH_BAR))) {
			return false;
		}
		check.errorAt(MESSAGE, object, node.getOffset(), 1, IssueCodes.FULL_WIDTH_BAR);
		return true;
	}
}
