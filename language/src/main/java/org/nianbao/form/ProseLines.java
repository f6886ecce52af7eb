package org.nianbao.form;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;

/**
 * Lines of prose written without their "| ": the parser reads them as rows whose names the form does not know. In a
 * part of the form that has no table, and in the preface, they are prose, said once per line (not as unknown rows and figures); a line
 * that starts with the full-width ｜ an input method types is said once, at the bar.
 */
public final class ProseLines {

	public static final char FULL_WIDTH_BAR = '｜';

	private ProseLines() {
	}

	/** Whether the object stands in a report part that is prose in the form (a part without a table). */
	public static boolean inProsePart(EObject object, Form form) {
		Part part = EcoreUtil2.getContainerOfType(object, Part.class);
		if (part == null || form == null) {
			return false;
		}
		FormPart formPart = PartMatcher.match(part.getHeading(), form).part();
		return formPart != null && formPart.getTable() == null;
	}

	/** Whether the object stands in the figures the preface cannot have: lines of its prose written without "| ". */
	public static boolean inPreface(EObject object) {
		Figures figures = EcoreUtil2.getContainerOfType(object, Figures.class);
		return figures != null && figures.eContainer() instanceof Report;
	}

	/** The offset where the node's line starts. */
	public static int lineStart(INode node) {
		String text = node.getRootNode().getText();
		int at = Math.min(node.getOffset(), text.length());
		return text.lastIndexOf('\n', at - 1) + 1;
	}

	/** The offset of the line's first character other than blanks (the line's start if it has none). */
	public static int firstCharacter(INode node) {
		String text = node.getRootNode().getText();
		int at = lineStart(node);
		while (at < text.length()
				&& (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\u3000')) {
			at++;
		}
		return at;
	}

	/** Whether the line the node stands on starts with a full-width ｜. */
	public static boolean startsWithFullWidthBar(INode node) {
		if (node == null) {
			return false;
		}
		String text = node.getRootNode().getText();
		int first = firstCharacter(node);
		return first < text.length() && text.charAt(first) == FULL_WIDTH_BAR;
	}

	public static boolean startsWithFullWidthBar(EObject object) {
		return object != null && startsWithFullWidthBar(NodeModelUtils.getNode(object));
	}

	/** Whether the node is the first thing on its line. */
	public static boolean firstOnLine(INode node) {
		return node != null && firstCharacter(node) == node.getOffset();
	}
}
