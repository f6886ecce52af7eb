package org.nianbao.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.symbol.WorkspaceSymbolService;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.nianbao.ide.symbols.ReportWorkspaceSymbols;

import com.google.inject.AbstractModule;

/** The server's own services in place of Xtext's; the server and its tests both install it over Xtext's module. */
public class ServerBindings extends AbstractModule {

	@Override
	protected void configure() {
		bind(IFileSystemScanner.class).to(ReadableFilesScanner.class);
		bind(WorkspaceManager.class).to(IgnoringWorkspaceManager.class);
		bind(WorkspaceSymbolService.class).to(ReportWorkspaceSymbols.class);
		bind(LanguageServerImpl.class).to(NianbaoLanguageServer.class);
		bind(BuildManager.class).to(DeferrableBuildManager.class);
		bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(OpenDocumentsFirstBuilder.class);
	}
}
