package org.nianbao.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * The explanations written in a report. An explanation is a line comment, so it prints nothing: at the end of the
 * line it explains ({@code 行政规范性文件 2 1 9 // 已核实 in-force-mismatch：…}), or on a line of its own before it
 * (before a row, a paragraph, a heading, or a line of the header). Several may stand one above the other.
 */
public final class Explanations {

	/** The word that makes a comment an explanation. */
	public static final String KEYWORD = "已核实";

	private static final Pattern DIRECTIVE = Pattern
			.compile("//[\\s\u3000]*" + KEYWORD
					+ "(?=[\\s\u3000：:]|$)[\\s\u3000]*([A-Za-z][A-Za-z0-9-]*)?[\\s\u3000]*[：:]?[\\s\u3000]*(.*)");

	private Explanations() {
	}

	/** Every explanation of the file whose node model {@code root} is, in the order written. */
	public static List<Explanation> in(ICompositeNode root) {
		List<Explanation> found = new ArrayList<>();
		if (root == null) {
			return found;
		}
		List<ILeafNode> pending = new ArrayList<>();
		int lastVisibleLine = 0;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden()) {
				for (ILeafNode comment : pending) {
					found.add(explanation(root, comment, leaf.getStartLine()));
				}
				pending.clear();
				lastVisibleLine = leaf.getEndLine();
			} else if (isExplanation(leaf.getText())) {
				if (leaf.getStartLine() == lastVisibleLine) {
					found.add(explanation(root, leaf, lastVisibleLine));
				} else {
					pending.add(leaf);
				}
			}
		}
		for (ILeafNode comment : pending) {
			found.add(explanation(root, comment, 0));
		}
		return found;
	}

	/** Whether a comment's text is an explanation (complete or not). */
	public static boolean isExplanation(String comment) {
		return comment.startsWith("//") && DIRECTIVE.matcher(comment.stripTrailing()).matches();
	}

	private static Explanation explanation(ICompositeNode root, ILeafNode leaf, int target) {
		String text = leaf.getText().stripTrailing();
		Matcher m = DIRECTIVE.matcher(text);
		m.matches();
		String code = m.group(1) == null ? "" : m.group(1);
		String reason = m.group(2).strip();
		LineAndColumn at = NodeModelUtils.getLineAndColumn(root, leaf.getOffset());
		return new Explanation(code, reason, leaf.getOffset(), text.length(), at.getLine(), at.getColumn(), target);
	}
}
