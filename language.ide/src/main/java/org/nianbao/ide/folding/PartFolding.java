package org.nianbao.ide.folding;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.ide.text.HeadingSections;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Table;

/** Folds a report's parts and tables and a form's tables and blocks; comments fold as Xtext folds them. */
public class PartFolding extends DefaultFoldingRangeProvider {

	@Override
	protected void computeObjectFolding(XtextResource resource, IFoldingRangeAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		resource.getAllContents().forEachRemaining(object -> {
			if (isFolded(object)) {
				ITextRegion region = Nodes.region(object);
				if (region != null && region.getLength() > 0) {
					acceptor.accept(region.getOffset(), region.getLength());
				}
			}
			if (object instanceof Part part) {
				headings(HeadingSections.of(part.getProse()), acceptor);
				headings(HeadingSections.of(part.getClosing()), acceptor);
			}
		});
	}

	/** A sub-item heading folds with its section: its paragraphs and lower-level headings. */
	private static void headings(List<HeadingSections.Section> sections, IFoldingRangeAcceptor acceptor) {
		for (HeadingSections.Section section : sections) {
			ITextRegion region = section.region();
			if (region.getLength() > 0) {
				acceptor.accept(region.getOffset(), region.getLength());
			}
			headings(section.children(), acceptor);
		}
	}

	private static boolean isFolded(EObject object) {
		return object instanceof Part || object instanceof Figures || object instanceof Table
				|| object instanceof Block;
	}
}
