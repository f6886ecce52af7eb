package org.nianbao.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.html.RenderOptions.Mark;

/** The attributes that tie a rendered element to its source: its line, and the diagnostics that point into it. */
final class SourceAttributes {

	private final RenderOptions options;

	SourceAttributes(RenderOptions options) {
		this.options = options;
	}

	/**
	 * Appends {@code data-line}/{@code data-offset} of {@code source} and, when a diagnostic points into it, its
	 * mark class (added to {@code classes}) and messages as {@code title}; only the class when nothing applies.
	 */
	void append(StringBuilder out, EObject source, String classes) {
		append(out, source == null || !options.annotated() ? null : NodeModelUtils.findActualNodeFor(source), classes);
	}

	/** As {@link #append(StringBuilder, EObject, String)}, for a node of the source such as one token. */
	void append(StringBuilder out, INode node, String classes) {
		List<Mark> marks = List.of();
		if (node != null && options.sourcePositions()) {
			out.append(" data-line=\"").append(node.getStartLine()).append("\" data-offset=\"").append(node.getOffset())
					.append('"');
		}
		if (node != null && !options.marks().isEmpty()) {
			marks = marksIn(node.getOffset(), node.getOffset() + node.getLength());
		}
		String markClass = marks.isEmpty() ? null : marks.get(0).severity().cssClass();
		String all = classes == null ? markClass : markClass == null ? classes : classes + " " + markClass;
		if (all != null && !all.isEmpty()) {
			out.append(" class=\"").append(all).append('"');
		}
		if (!marks.isEmpty()) {
			StringBuilder title = new StringBuilder();
			for (Mark mark : marks) {
				title.append(title.length() == 0 ? "" : "\n").append(mark.message());
			}
			out.append(" title=\"");
			HtmlText.escape(title.toString(), out);
			out.append('"');
		}
	}

	/** The diagnostics starting inside [from, to), the most severe first. */
	private List<Mark> marksIn(int from, int to) {
		List<Mark> found = new ArrayList<>();
		for (Mark mark : options.marks()) {
			if (mark.offset() >= from && mark.offset() < Math.max(to, from + 1)) {
				found.add(mark);
			}
		}
		found.sort(Comparator.comparing(Mark::severity));
		return found;
	}
}
