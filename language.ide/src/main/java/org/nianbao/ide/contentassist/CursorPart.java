package org.nianbao.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;

/** The report and the written part the cursor is in (the last part that starts before it). */
record CursorPart(Report report, Part part) {

	/** Headings and row names begin lines: nothing but blanks before what is being completed. */
	static boolean atLineStart(ContentAssistContext context) {
		String text = context.getRootNode().getText();
		int start = context.getReplaceRegion().getOffset();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		return text.substring(lineStart, start).isBlank();
	}

	static CursorPart of(ContentAssistContext context) {
		if (!(context.getRootModel() instanceof Report report)) {
			return null;
		}
		Part current = null;
		for (Part part : report.getParts()) {
			ITextRegion region = Nodes.region(part);
			ITextRegion heading = Nodes.region(part, NianbaoPackage.Literals.PART__HEADING);
			boolean typingHeading = heading != null && heading.getOffset() <= context.getOffset()
					&& context.getOffset() <= heading.getOffset() + heading.getLength();
			if (region != null && region.getOffset() < context.getOffset() && !typingHeading) {
				current = part;
			}
		}
		return new CursorPart(report, current);
	}
}
