package org.nianbao.ide.explain;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** Xtext's completion, except inside a comment: there {@link ExplanationCodeCompletion} answers. */
public class ExplainingContentAssist extends ContentAssistService {

	@Inject
	private ExplanationCodeCompletion codes;

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		CompletionList inComment = codes.at(document, resource, document.getOffSet(params.getPosition()));
		return inComment != null ? inComment : super.createCompletionList(document, resource, params, cancelIndicator);
	}
}
