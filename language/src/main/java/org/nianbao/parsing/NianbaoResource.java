package org.nianbao.parsing;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;
import org.nianbao.nianbao.TableNode;

/**
 * The language's resource: after every parse, a row or column written without a label is labelled with its name
 * ({@code 自然人} stands for {@code 自然人 "自然人"}), so that every reader of {@code getLabel()} sees what the table
 * prints. A reparse makes new objects for what it reparses, so the default is simply applied again.
 */
public class NianbaoResource extends LazyLinkingResource {

	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		super.updateInternalState(oldParseResult, newParseResult);
		EObject root = newParseResult.getRootASTElement();
		if (root == null) {
			return;
		}
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			if (all.next() instanceof TableNode node && node.getLabel() == null) {
				node.setLabel(node.getName());
			}
		}
	}
}
