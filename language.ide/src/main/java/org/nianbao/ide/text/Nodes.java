package org.nianbao.ide.text;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/** Where model elements are in the text, without hidden tokens around them. */
public final class Nodes {

	private Nodes() {
	}

	/** The element's text region without leading and trailing comments or whitespace; null when it has no node. */
	public static ITextRegion region(EObject object) {
		ICompositeNode node = object == null ? null : NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return null;
		}
		return new TextRegion(node.getOffset(), node.getLength());
	}

	/** The region of one feature's text (a name, a heading); null when it is not written. */
	public static ITextRegion region(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		INode first = nodes.get(0);
		INode last = nodes.get(nodes.size() - 1);
		return new TextRegion(first.getOffset(), last.getEndOffset() - first.getOffset());
	}

	/** The source text of a feature, as written. */
	public static String text(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
