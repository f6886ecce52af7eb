package org.nianbao.ide.server;

import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.ide.explain.ExplainedDiagnostics;
import org.nianbao.ide.hints.ColumnHints;

import com.google.inject.Inject;

/**
 * The server as editors see it: completion asks by itself after <code>{</code> (a figure cited in prose) and after
 * <code>.</code> (<code>{previous.</code>, <code>{row.</code>); inlay hints name the column of each value ({@link ColumnHints}),
 * a request Xtext's server does not answer by itself.
 */
public class NianbaoLanguageServer extends RelatedInformationServer {

	@Inject
	private UriExtensions uris;

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		CompletionOptions completion = capabilities.getCompletionProvider();
		if (completion != null) {
			List<String> triggers = new ArrayList<>(
					completion.getTriggerCharacters() == null ? List.of() : completion.getTriggerCharacters());
			for (String trigger : List.of("{", ".")) {
				if (!triggers.contains(trigger)) {
					triggers.add(trigger);
				}
			}
			completion.setTriggerCharacters(triggers);
		}
		capabilities.setInlayHintProvider(true);
		return capabilities;
	}

	/** An explained warning is shown as a hint with its reason ({@link ExplainedDiagnostics}). */
	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		return ExplainedDiagnostics.mark(diagnostic, issue,
				issue.getUriToProblem() == null ? null : uris.toUriString(issue.getUriToProblem().trimFragment()));
	}

	@Override
	public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
		URI uri = getURI(params.getTextDocument());
		return getRequestManager().runRead(cancel -> {
			ColumnHints hints = getResourceServiceProvider(uri) == null
					? null
					: getResourceServiceProvider(uri).get(ColumnHints.class);
			if (hints == null) {
				return List.<InlayHint>of();
			}
			return getWorkspaceManager().doRead(uri,
					(document, resource) -> resource == null
							? List.<InlayHint>of()
							: hints.hints(resource, document.getContents(), params.getRange()));
		});
	}
}
