package org.nianbao.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.ReportParts;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;

/**
 * The form's part headings as printed that the report lacks: first those that come after the cursor, then those
 * before it. A heading already written is not offered again, nor any heading on a line between a table's rows.
 */
class HeadingProposals extends LineStartProposals {

	private static final int PRIORITY = 600;

	@Override
	void propose(ContentAssistContext context, CursorPart cursor, ReportEvaluation evaluation,
			IIdeContentProposalAcceptor acceptor) {
		if (insideTable(cursor, context.getOffset())) {
			return;
		}
		ReportParts parts = evaluation.parts();
		Form form = parts.form();
		if (form == null) {
			return;
		}
		FormPart here = cursor.part() == null ? null : parts.match(cursor.part()).part();
		int position = here == null ? -1 : form.getParts().indexOf(here);
		List<FormPart> missing = parts.missingParts();
		List<FormPart> ordered = new ArrayList<>();
		missing.stream().filter(p -> form.getParts().indexOf(p) > position).forEach(ordered::add);
		missing.stream().filter(p -> form.getParts().indexOf(p) <= position).forEach(ordered::add);
		for (int i = 0; i < ordered.size(); i++) {
			FormPart part = ordered.get(i);
			ContentAssistEntry entry = creator.createProposal("# " + part.getLabel(), context,
					ContentAssistEntry.KIND_MODULE,
					e -> {
						e.setLabel("# " + part.getLabel());
						e.setDescription("尚未填写的部分");
					});
			if (entry != null) {
				acceptor.accept(entry, PRIORITY - i);
			}
		}
	}

	/** A table row of the cursor's part comes after the cursor: the line is inside the table. */
	private static boolean insideTable(CursorPart cursor, int offset) {
		if (cursor.part() == null || cursor.part().getFigures() == null) {
			return false;
		}
		return cursor.part().getFigures().getRows().stream().map(Nodes::region)
				.anyMatch(r -> r != null && r.getOffset() > offset);
	}
}
