package org.nianbao.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Inject;

/**
 * Answers {@code initialize} before building the workspace, and builds it as the next request. Xtext builds the
 * whole folder inside {@code initialize}, so the editor can say which report it shows only afterwards: in a
 * county's folder of 300 reports the opened one waited for all of them (BENCHMARKS.md). Now
 * the editor's {@code didOpen} arrives while the folder is indexed and the build checks that report first
 * ({@link OpenDocumentsFirst}); every other request still waits for the build, as before.
 */
public class FirstBuildAfterAnswer extends LanguageServerImpl {

	@Inject
	private OpenDocumentsFirst openDocuments;

	@Override
	@SuppressWarnings("FutureReturnValueIgnored") // the request logs a failed build; the editor's didOpen cancels the rest
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		DeferringWorkspaceManager workspace = (DeferringWorkspaceManager) getWorkspaceManager();
		workspace.deferFirstBuild();
		return super.initialize(params).thenApply(result -> {
			// queued before the answer leaves, so no request of the editor's can come before it; its part that
			// cannot be cancelled runs even when the editor's first didOpen cancels the request
			getRequestManager().runWrite(() -> {
				workspace.buildDeferred();
				return null;
			}, (cancelIndicator, nothing) -> nothing);
			return result;
		});
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		openDocuments.opened(getURI(params.getTextDocument()));
		super.didOpen(params);
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		super.didClose(params);
		openDocuments.closed(getURI(params.getTextDocument()));
	}
}
