package org.nianbao.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.junit.jupiter.api.Test;
import org.nianbao.ide.server.PendingRegistry;

class PendingRegistryTest {

	@Test
	void aQuestionWaitsForTheSetupAndIsAnsweredByTheLanguages() throws Exception {
		CompletableFuture<IResourceServiceProvider.Registry> setup = new CompletableFuture<>();
		PendingRegistry registry = new PendingRegistry(setup);
		CompletableFuture<Map<String, Object>> asked = CompletableFuture
				.supplyAsync(registry::getExtensionToFactoryMap);
		Thread.sleep(100);
		assertFalse(asked.isDone(), "answered before the languages were set up");
		ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
		Object provider = new Object();
		languages.getExtensionToFactoryMap().put("nianbao", provider);
		setup.complete(languages);
		assertSame(provider, asked.get(10, TimeUnit.SECONDS).get("nianbao"));
		assertSame(languages.getProtocolToFactoryMap(), registry.getProtocolToFactoryMap());
		assertSame(languages.getContentTypeToFactoryMap(), registry.getContentTypeToFactoryMap());
	}

	@Test
	void aFailedSetupFailsEveryQuestionWithItsCause() {
		CompletableFuture<IResourceServiceProvider.Registry> setup = new CompletableFuture<>();
		setup.completeExceptionally(new IllegalStateException("设置失败"));
		PendingRegistry registry = new PendingRegistry(setup);
		CompletionException thrown = assertThrows(CompletionException.class, registry::getExtensionToFactoryMap);
		assertEquals("设置失败", thrown.getCause().getMessage());
	}
}
