package org.nianbao.ide.server;

import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.AbstractModule;

/** Which files of the workspace the server reads and checks; the server and its tests both install it. */
public class WorkspaceFilesModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(IFileSystemScanner.class).to(ReadableFilesScanner.class);
		bind(WorkspaceManager.class).to(IgnoringWorkspaceManager.class);
	}
}
