package org.nianbao.issues;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * Places related to a diagnostic (the cells a wrong total summed), carried in its issue data after the values quick
 * fixes read, as {@code related:line:column:endLine:endColumn:message} (1-based, in the same file). The language server
 * turns them into LSP related information, the command line into {@code note:} lines.
 */
public final class RelatedLocations {

	private static final String PREFIX = "related:";

	/** One related place: 1-based lines and columns, the end exclusive. */
	public record Location(int line, int column, int endLine, int endColumn, String message) {
	}

	private RelatedLocations() {
	}

	public static String encode(EObject object, String message) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return null;
		}
		LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		LineAndColumn end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
		return PREFIX + start.getLine() + ":" + start.getColumn() + ":" + end.getLine() + ":" + end.getColumn() + ":"
				+ message.replace('\n', ' ');
	}

	public static boolean isRelated(String data) {
		return data != null && data.startsWith(PREFIX);
	}

	public static List<Location> in(String[] data) {
		List<Location> locations = new ArrayList<>();
		if (data == null) {
			return locations;
		}
		for (String entry : data) {
			if (!isRelated(entry)) {
				continue;
			}
			String[] parts = entry.substring(PREFIX.length()).split(":", 5);
			try {
				locations.add(new Location(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
						Integer.parseInt(parts[3]), parts.length > 4 ? parts[4] : ""));
			} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
				// not ours: a value that happens to start with the prefix
			}
		}
		return locations;
	}
}
