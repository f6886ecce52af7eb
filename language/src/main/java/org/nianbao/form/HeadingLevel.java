package org.nianbao.form;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.SubHeading;

/** The level of a sub-item heading: 2 for "##" （一）, 3 for "###" 1., 4 for "####" （1）. Parts are level 1. */
public final class HeadingLevel {

	private HeadingLevel() {
	}

	public static int of(SubHeading heading) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(heading, NianbaoPackage.Literals.PROSE_ITEM__TEXT);
		if (nodes.isEmpty()) {
			return 2;
		}
		String text = nodes.get(0).getText();
		int hashes = 0;
		while (hashes < text.length() && text.charAt(hashes) == '#') {
			hashes++;
		}
		return Math.max(2, Math.min(4, hashes));
	}

	/** Where the heading's text (as {@link SubHeading#getText()} gives it) starts in the document; -1 if unknown. */
	public static int textOffset(SubHeading heading) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(heading, NianbaoPackage.Literals.PROSE_ITEM__TEXT);
		if (nodes.isEmpty() || heading.getText() == null) {
			return -1;
		}
		INode node = nodes.get(0);
		int at = node.getText().indexOf(heading.getText());
		return at < 0 ? -1 : node.getOffset() + at;
	}
}
