package org.nianbao.ide.server;

import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/** Xtext's language server with a workspace scanner that does not stop at an unreadable file name. */
public class NianbaoServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(binder -> binder.bind(IFileSystemScanner.class)
				.to(ReadableFilesScanner.class)));
	}
}
