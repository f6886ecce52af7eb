package org.nianbao.parsing;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A line {@code image 图表/图1.png "图1 …"} whose path lacks its quotes. The parser reads the path's pieces as a table
 * row and cells; the one syntax error says what is wrong, and the pieces are not reported again as rows.
 */
public final class UnquotedImageLine {

	private static final Pattern UNQUOTED = Pattern.compile("[ \\t\\u3000]*image[ \\t\\u3000]+[^\"“\\s].*");

	private UnquotedImageLine() {
	}

	/** Whether the node stands on a line that starts with image and a path without quotes. */
	public static boolean contains(INode node) {
		if (node == null) {
			return false;
		}
		String text = node.getRootNode().getText();
		int at = Math.min(node.getOffset(), text.length());
		int start = text.lastIndexOf('\n', at - 1) + 1;
		int end = text.indexOf('\n', at);
		return UNQUOTED.matcher(text.substring(start, end < 0 ? text.length() : end)).matches();
	}

	public static boolean contains(EObject object) {
		return object != null && contains(NodeModelUtils.getNode(object));
	}
}
