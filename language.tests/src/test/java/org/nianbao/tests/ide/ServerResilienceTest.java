package org.nianbao.tests.ide;

import org.nianbao.issues.IssueCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;
import org.nianbao.validation.NianbaoCheckBase;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.inject.Injector;

/**
 * The server keeps serving when a check throws (it is logged, every other diagnostic still arrives) and when a
 * request makes no sense (a position past the end, a document never opened, a command with bad arguments).
 */
class ServerResilienceTest extends NianbaoServerTest {

	/** A validator with a check that always throws, and one that always warns. */
	public static class Exploding extends NianbaoCheckBase {

		@Check
		public void explode(Report report) {
			throw new IllegalStateException("boom in a check");
		}

		@Check
		public void explodeAgain(Report report) {
			throw new IllegalStateException("boom in a check");
		}

		@Check
		public void stillChecked(Report report) {
			warning("still checked", report, NianbaoPackage.Literals.DOCUMENT__NAME, "still-checked");
		}
	}

	/** ERROR events of every thread: the server validates on its own threads. */
	private static final class Errors extends AppenderSkeleton {
		final List<String> messages = new ArrayList<>();

		@Override
		protected synchronized void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				messages.add(event.getRenderedMessage());
			}
		}

		synchronized List<String> messages() {
			return List.copyOf(messages);
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}

	@Test
	void aCheckThatThrowsIsLoggedAndEveryOtherDiagnosticStillArrives() throws Exception {
		String text = example("errors/result-total-wrong.nianbao");
		String uri = writeFile("report.nianbao", "");
		initialize();
		CompositeEValidator composite = (CompositeEValidator) EValidator.Registry.INSTANCE
				.getEValidator(NianbaoPackage.eINSTANCE);
		Exploding exploding = new Exploding();
		resourceServerProviderRegistry.getResourceServiceProvider(org.eclipse.emf.common.util.URI.createURI(uri))
				.get(Injector.class).injectMembers(exploding);
		CompositeEValidator.EValidatorEqualitySupport added = null;
		Errors errors = new Errors();
		Logger.getRootLogger().addAppender(errors);
		try {
			composite.addValidator(exploding);
			added = composite.getContents().get(composite.getContents().size() - 1);
			open(uri, text);
			Assertions.assertEquals(2, diagnosticsWithCode(uri, IssueCodes.TOTAL_MISMATCH).size(),
					() -> "diagnostics: " + getDiagnostics().get(uri));
			Assertions.assertEquals(1, diagnosticsWithCode(uri, "still-checked").size(),
					"a check after the failing ones still runs");
			Assertions.assertTrue(errors.messages().stream().anyMatch(m -> m.contains("boom in a check")),
					errors.messages()::toString);
		} finally {
			Logger.getRootLogger().removeAppender(errors);
			composite.getContents().remove(added);
		}
		Hover hover = languageServer
				.hover(new HoverParams(new TextDocumentIdentifier(uri), position(text, "本年新收", "本年新收"))).get();
		Assertions.assertNotNull(hover, "the server still answers");
	}

	@Test
	void requestsPastTheEndOfTheDocumentAreAnsweredAndTheServerGoesOn() throws Exception {
		String text = example("anhe-scjg-2023.nianbao");
		String uri = writeFile("report.nianbao", text);
		initialize();
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Position beyond = new Position(100_000, 50);
		Position pastLineEnd = new Position(0, 10_000);
		for (Position at : List.of(beyond, pastLineEnd, new Position(-1, -1))) {
			answeredOrRefused(() -> languageServer.hover(new HoverParams(document, at)).get());
			answeredOrRefused(() -> languageServer.completion(new CompletionParams(document, at)).get());
			answeredOrRefused(() -> languageServer.definition(new DefinitionParams(document, at)).get());
		}
		Hover hover = languageServer.hover(new HoverParams(document, position(text, "本年新收", "本年新收"))).get();
		Assertions.assertTrue(hover.getContents().getRight().getValue().contains("本年新收"), "the next request is served");
	}

	@Test
	void anEditToADocumentNeverOpenedDoesNotStopTheServer() throws Exception {
		String text = example("errors/result-total-wrong.nianbao");
		String uri = writeFile("report.nianbao", "");
		String never = writeFile("never-opened.nianbao", "");
		initialize();
		answeredOrRefused(() -> {
			languageServer
					.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(never + "x", 2),
							List.of(new TextDocumentContentChangeEvent("report x"))));
			return null;
		});
		open(uri, text);
		Assertions.assertEquals(2, diagnosticsWithCode(uri, IssueCodes.TOTAL_MISMATCH).size(),
				() -> "diagnostics: " + getDiagnostics().get(uri));
	}

	@Test
	void aCommandWithBadArgumentsAnswersInWordsAndTheServerGoesOn() throws Exception {
		String uri = writeFile("gaocheng.nianbao", example("gaocheng-2024.nianbao"));
		initialize(); // declares no workspace.executeCommand capability, like Neovim
		JsonObject badOptions = new JsonObject();
		badOptions.add("force", new JsonObject());
		Map<String, List<Object>> calls = new LinkedHashMap<>();
		calls.put("generate, no arguments", List.of());
		calls.put("generate, a number", List.of(new JsonPrimitive(42)));
		calls.put("generate, not a URI", List.of(new JsonPrimitive("not a uri at all")));
		calls.put("generate, no such file", List.of(new JsonPrimitive("file:///no/such/report.nianbao")));
		calls.put("generate, force is no boolean", List.of(new JsonPrimitive(uri), badOptions));
		calls.put("skeleton, no year", List.of(new JsonPrimitive("安和县")));
		calls.put("skeleton, year in words", List.of(new JsonPrimitive("安和县"), new JsonPrimitive("二〇二四")));
		for (Map.Entry<String, List<Object>> call : calls.entrySet()) {
			String command = call.getKey().startsWith("generate") ? "nianbao.generateDocx" : "nianbao.reportSkeleton";
			Object result = languageServer.executeCommand(new ExecuteCommandParams(command, call.getValue())).get();
			Assertions.assertTrue(result instanceof Map<?, ?> map && map.get("error") instanceof String error
					&& error.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					call.getKey() + " → " + result);
			String error = (String) ((Map<?, ?>) result).get("error");
			Assertions.assertTrue(notifications.stream().anyMatch(n -> n.getValue() instanceof MessageParams m
					&& m.getType() == MessageType.Error && m.getMessage().equals(error)),
					call.getKey() + ": not shown to the user");
		}
		Object good = languageServer
				.executeCommand(new ExecuteCommandParams("nianbao.generateDocx", List.of(new JsonPrimitive(uri))))
				.get();
		Assertions.assertTrue(String.valueOf(good).contains("gaocheng.docx"), String.valueOf(good));
	}

	/** Neovim declares no workspace.executeCommand; Xtext then offered no commands and failed on each. */
	@Test
	void aClientThatDeclaresNoCommandCapabilityIsOfferedTheCommands() throws Exception {
		String uri = writeFile("gaocheng.nianbao", example("gaocheng-2024.nianbao"));
		InitializeResult result = initialize(params -> params.getCapabilities().getWorkspace().setExecuteCommand(null));
		List<String> offered = result.getCapabilities().getExecuteCommandProvider().getCommands();
		Assertions.assertTrue(
				offered.containsAll(List.of("nianbao.generateDocx", "nianbao.reportSkeleton", "nianbao.previewHtml")),
				offered::toString);
		Object generated = languageServer
				.executeCommand(new ExecuteCommandParams("nianbao.generateDocx", List.of(new JsonPrimitive(uri))))
				.get();
		Assertions.assertTrue(String.valueOf(generated).contains("gaocheng.docx"), String.valueOf(generated));
	}

	private interface Request {
		Object run() throws Exception;
	}

	/** A result, or an exception the protocol turns into an error response; either way the server goes on. */
	private static Object answeredOrRefused(Request request) throws InterruptedException {
		try {
			return request.run();
		} catch (ExecutionException e) {
			return null;
		} catch (InterruptedException e) {
			throw e;
		} catch (RuntimeException e) {
			return null;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
