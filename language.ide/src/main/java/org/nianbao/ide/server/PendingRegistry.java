package org.nianbao.ide.server;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * The languages while they are still being set up: every question waits for the setup, so that the server can be
 * made and connected to the editor meanwhile (the first question is the editor's {@code initialize}).
 */
public final class PendingRegistry implements IResourceServiceProvider.Registry {

	private final CompletableFuture<IResourceServiceProvider.Registry> languages;

	public PendingRegistry(CompletableFuture<IResourceServiceProvider.Registry> languages) {
		this.languages = languages;
	}

	private IResourceServiceProvider.Registry ready() {
		return languages.join();
	}

	@Override
	public IResourceServiceProvider getResourceServiceProvider(URI uri, String contentType) {
		return ready().getResourceServiceProvider(uri, contentType);
	}

	@Override
	public IResourceServiceProvider getResourceServiceProvider(URI uri) {
		return ready().getResourceServiceProvider(uri);
	}

	@Override
	public Map<String, Object> getContentTypeToFactoryMap() {
		return ready().getContentTypeToFactoryMap();
	}

	@Override
	public Map<String, Object> getExtensionToFactoryMap() {
		return ready().getExtensionToFactoryMap();
	}

	@Override
	public Map<String, Object> getProtocolToFactoryMap() {
		return ready().getProtocolToFactoryMap();
	}
}
