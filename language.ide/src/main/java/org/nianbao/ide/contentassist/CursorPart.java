package org.nianbao.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;

/** The report and the written part the cursor is in (the last part that starts before it). */
record CursorPart(Report report, Part part) {

	static CursorPart of(ContentAssistContext context) {
		if (!(context.getRootModel() instanceof Report report)) {
			return null;
		}
		Part current = null;
		for (Part part : report.getParts()) {
			ITextRegion region = Nodes.region(part);
			if (region != null && region.getOffset() < context.getOffset()) {
				current = part;
			}
		}
		return new CursorPart(report, current);
	}
}
