package org.nianbao.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.ResourceServiceProviderServiceLoader;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * Xtext's language server with its own services ({@link ServerBindings}), and with the
 * language set up in parallel with the server itself and its connection to the editor: both take most of a second,
 * and start-up is what users wait for.
 */
public class NianbaoServerModule extends AbstractModule {

	private final CompletableFuture<IResourceServiceProvider.Registry> languages;

	/** Starts setting up the languages at once, on another thread. */
	public NianbaoServerModule() {
		languages = CompletableFuture.supplyAsync(() -> new ResourceServiceProviderServiceLoader().get(),
				command -> new Thread(command, "nianbao-language-setup").start());
	}

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(new ServerBindings(), binder -> binder
				.bind(IResourceServiceProvider.Registry.class).toInstance(new PendingRegistry(languages))));
	}
}
