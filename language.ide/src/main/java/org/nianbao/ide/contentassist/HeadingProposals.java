package org.nianbao.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.ReportLayout;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;

/**
 * The form's part headings as printed: first the missing parts that come after the cursor, then the missing
 * ones before it, then the parts already written.
 */
class HeadingProposals extends LineStartProposals {

	private static final int PRIORITY = 600;

	@Override
	void propose(ContentAssistContext context, CursorPart cursor, ReportEvaluation evaluation,
			IIdeContentProposalAcceptor acceptor) {
		ReportLayout layout = evaluation.layout();
		Form form = layout.form();
		if (form == null) {
			return;
		}
		FormPart here = cursor.part() == null ? null : layout.match(cursor.part()).part();
		int position = here == null ? -1 : form.getParts().indexOf(here);
		List<FormPart> missing = layout.missingParts();
		List<FormPart> ordered = new ArrayList<>();
		missing.stream().filter(p -> form.getParts().indexOf(p) > position).forEach(ordered::add);
		missing.stream().filter(p -> form.getParts().indexOf(p) <= position).forEach(ordered::add);
		form.getParts().stream().filter(p -> !missing.contains(p)).forEach(ordered::add);
		for (int i = 0; i < ordered.size(); i++) {
			FormPart part = ordered.get(i);
			boolean isMissing = missing.contains(part);
			ContentAssistEntry entry = creator.createProposal("# " + part.getLabel(), context, ContentAssistEntry.KIND_MODULE,
					e -> {
						e.setLabel("# " + part.getLabel());
						e.setDescription(isMissing ? "尚未填写的部分" : "已填写");
					});
			if (entry != null) {
				acceptor.accept(entry, PRIORITY - i);
			}
		}
	}
}
