package org.nianbao.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.ide.explain.ExplanationHover;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Value;

import com.google.inject.Inject;

/** Hovers over a report's figures (values, totals, cited figures) and a form's rules; anything else as Xtext does. */
public class FigureHoverService extends HoverService {

	@Inject
	private FigureHoverText figureText;

	@Inject
	private RuleHoverText ruleText;

	@Inject
	private ExplanationHover explanations;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		if (resource.getParseResult() == null) {
			return super.hover(document, resource, params, cancelIndicator);
		}
		int offset = document.getOffSet(params.getPosition());
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf != null && leaf.isHidden()) {
			Hover explanation = explanations.at(document, resource, offset);
			if (explanation != null) {
				return explanation;
			}
		}
		if (leaf != null && !leaf.isHidden()) {
			EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
			Hover hover = hoverOn(element, document);
			if (hover != null) {
				return hover;
			}
		}
		return super.hover(document, resource, params, cancelIndicator);
	}

	private Hover hoverOn(EObject element, Document document) {
		String markdown = null;
		ITextRegion region = null;
		if (element instanceof Value value) {
			markdown = figureText.value(value);
			region = Nodes.region(value);
		} else if (element instanceof FigureRow row) {
			markdown = figureText.row(row, null);
			region = Nodes.region(row, NianbaoPackage.Literals.FIGURE_ROW__ROW);
		} else if (element instanceof FigureRef ref) {
			markdown = figureText.reference(ref);
			region = Nodes.region(ref);
		} else if (EcoreUtil2.getContainerOfType(element, Rule.class) != null) {
			Rule rule = EcoreUtil2.getContainerOfType(element, Rule.class);
			markdown = ruleText.describe(rule);
			region = Nodes.region(rule, NianbaoPackage.Literals.RULE__NAME);
		}
		if (markdown == null) {
			return null;
		}
		Range range = region == null
				? null
				: new Range(document.getPosition(region.getOffset()),
						document.getPosition(region.getOffset() + region.getLength()));
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), range);
	}
}
