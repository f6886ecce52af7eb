package org.nianbao.tests.ide;

import org.nianbao.issues.IssueCodes;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.lsp.LspTestClient;
import org.nianbao.tests.support.ProcessJava;
import org.nianbao.tests.support.TestFiles;

/**
 * The real jar as an editor starts it: {@code java -jar nianbao.jar server}, the protocol over stdin/stdout, under
 * a platform charset that cannot encode Chinese, on {@link ProcessJava}'s Java, without a WARNING line in its log.
 * The jar is built in language.ide's package phase, before this module.
 */
class ServerProcessTest {

	private static final long WAIT = 60;

	@TempDir
	Path workspace;

	@Test
	void diagnosesFixesNavigatesAndExitsCleanly() throws Exception {
		Path jar = TestFiles.jar();
		Assertions.assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
		String text = NianbaoServerTest.example("errors/result-total-wrong.nianbao");
		Path report = workspace.resolve("安和县报告.nianbao");
		Files.writeString(report, text, StandardCharsets.UTF_8);
		String uri = report.toUri().toString();

		Path stderr = workspace.resolve("server.log");
		ProcessBuilder builder = new ProcessBuilder(ProcessJava.java(),
				"-Dfile.encoding=US-ASCII", "-jar", jar.toString(), "server")
				.redirectError(stderr.toFile());
		builder.environment().put("LC_ALL", "C");
		builder.environment().put("LANG", "C");
		Process process = builder.start();
		Recording stdout = new Recording(process.getInputStream());
		LspTestClient client = new LspTestClient();
		try {
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, stdout,
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();

			InitializeParams init = new InitializeParams();
			init.setRootUri(workspace.toUri().toString());
			ClientCapabilities capabilities = new ClientCapabilities();
			org.eclipse.lsp4j.WorkspaceClientCapabilities workspaceCapabilities = new org.eclipse.lsp4j.WorkspaceClientCapabilities();
			workspaceCapabilities.setExecuteCommand(new org.eclipse.lsp4j.ExecuteCommandCapabilities(false));
			capabilities.setWorkspace(workspaceCapabilities);
			init.setCapabilities(capabilities);
			server.initialize(init).get(WAIT, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			server.getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", 1, text)));

			List<Diagnostic> diagnostics = client.await(uri,
					d -> d.stream().anyMatch(x -> code(x).equals(IssueCodes.TOTAL_MISMATCH)), WAIT);
			Diagnostic wrong = diagnostics.stream()
					.filter(d -> d.getRange().getStart().equals(position(text, "办理结果总计", "34")))
					.findFirst().orElseThrow(() -> new AssertionError(diagnostics.toString()));
			Assertions.assertTrue(wrong.getMessage().getLeft().startsWith("合计不符（自然人列）：三（七）写为 34"),
					wrong.getMessage().getLeft());
			// started, both injectors made, a report checked: nothing to warn about yet (the bad messages below are logged)
			ProcessJava.assertNoWarnings(log(stderr));

			// the diagnostic went through JSON and back: its data still names the computed value
			CodeActionParams actionParams = new CodeActionParams(new TextDocumentIdentifier(uri), wrong.getRange(),
					new CodeActionContext(List.of(wrong)));
			List<CodeAction> actions = server.getTextDocumentService().codeAction(actionParams)
					.get(WAIT, TimeUnit.SECONDS)
					.stream().filter(e -> e.isRight()).map(e -> e.getRight()).toList();
			CodeAction fix = actions.stream().filter(a -> a.getTitle().equals("改为计算值 33")).findFirst()
					.orElseThrow(() -> new AssertionError(actions.toString()));
			Assertions.assertEquals("33", fix.getEdit().getChanges().values().iterator().next().get(0).getNewText());

			// go to definition into the built-in form: a file an editor can open
			Position row = position(text, "上年结转", "上年结转");
			List<? extends Location> definitions = server.getTextDocumentService()
					.definition(new DefinitionParams(new TextDocumentIdentifier(uri), row)).get(WAIT, TimeUnit.SECONDS)
					.getLeft();
			Assertions.assertEquals(1, definitions.size(), definitions::toString);
			Location definition = definitions.get(0);
			Assertions.assertTrue(definition.getUri().startsWith("file:"), definition.getUri());
			List<String> formLines = Files.readAllLines(Path.of(java.net.URI.create(definition.getUri())),
					StandardCharsets.UTF_8);
			Assertions.assertTrue(
					formLines.get(definition.getRange().getStart().getLine()).trim().startsWith("上年结转 \"二、上年结转"),
					formLines.get(definition.getRange().getStart().getLine()));

			// a message that is not JSON, and a method nobody knows: the server answers or logs, and reads on
			byte[] garbage = "{this is not json".getBytes(StandardCharsets.UTF_8);
			synchronized (process.getOutputStream()) {
				process.getOutputStream()
						.write(("Content-Length: " + garbage.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				process.getOutputStream().write(garbage);
				process.getOutputStream().flush();
			}
			java.util.concurrent.ExecutionException unknown = Assertions.assertThrows(
					java.util.concurrent.ExecutionException.class,
					() -> launcher.getRemoteEndpoint().request("nianbao/noSuchMethod", null).get(WAIT,
							TimeUnit.SECONDS));
			Assertions.assertTrue(unknown.getCause() instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException,
					unknown::toString);
			// a hover whose parameters are a string: an error response to that request
			java.util.concurrent.ExecutionException shapeless = Assertions.assertThrows(
					java.util.concurrent.ExecutionException.class,
					() -> launcher.getRemoteEndpoint()
							.request("textDocument/hover", new com.google.gson.JsonPrimitive("nonsense"))
							.get(WAIT, TimeUnit.SECONDS));
			Assertions.assertTrue(shapeless.getCause() instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException,
					shapeless::toString);
			Assertions.assertTrue(log(stderr).contains("MalformedJsonException"),
					"the message that is not JSON is logged");
			// the editor's server log starts by saying which Java runs the server
			Assertions.assertTrue(log(stderr).lines().anyMatch(l -> l.startsWith("Nianbao 语言服务器")
					&& l.contains(ProcessJava.home().toString())), () -> log(stderr));

			// the one 予以公开 case that was never entered: every total adds up again
			int line = NianbaoServerTest.lineStartingWith(text, "予以公开");
			TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
					new Range(new Position(line, 0), new Position(line, text.split("\n")[line].length())),
					"予以公开 14 3 0 0 1 1 19");
			server.getTextDocumentService().didChange(
					new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2), List.of(change)));
			client.await(uri, List::isEmpty, WAIT);

			// generate the Word document through the protocol, as the editor's command does (an ASCII file name:
			// under this C locale Java cannot create files with Chinese names, which the server says in words)
			Path ascii = workspace.resolve("report.nianbao");
			String fixed = text.replace(text.split("\n")[line], "予以公开 14 3 0 0 1 1 19");
			Files.writeString(ascii, fixed, StandardCharsets.UTF_8);
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(ascii.toUri().toString(), "nianbao", 1, fixed)));
			Object answer = server.getWorkspaceService().executeCommand(new org.eclipse.lsp4j.ExecuteCommandParams(
					"nianbao.generateDocx", List.of(ascii.toUri().toString(), java.util.Map.of("force", false))))
					.get(WAIT, TimeUnit.SECONDS);
			com.google.gson.JsonObject result = com.google.gson.JsonParser
					.parseString(new com.google.gson.Gson().toJson(answer))
					.getAsJsonObject();
			Assertions.assertTrue(result.has("path"), result::toString);
			Path docx = Path.of(result.get("path").getAsString());
			try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
					Files.newInputStream(docx))) {
				Assertions.assertEquals(3, document.getTables().size());
			}

			server.shutdown().get(WAIT, TimeUnit.SECONDS);
			server.exit();
			Assertions.assertTrue(process.waitFor(WAIT, TimeUnit.SECONDS), "the server did not exit");
			Assertions.assertEquals(0, process.exitValue(), () -> log(stderr));
			stdout.drain();
			assertOnlyProtocol(stdout.bytes());
		} finally {
			process.destroyForcibly();
		}
	}

	private static String code(Diagnostic d) {
		return d.getCode() == null ? "" : String.valueOf(d.getCode().getLeft());
	}

	private static Position position(String text, String lineStart, String within) {
		return NianbaoServerTest.position(text, lineStart, within);
	}

	private static String log(Path stderr) {
		try {
			return Files.readString(stderr, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return e.toString();
		}
	}

	/** Standard output is a sequence of "Content-Length: n\r\n\r\n" + n bytes of JSON, nothing else. */
	private static void assertOnlyProtocol(byte[] out) {
		int at = 0;
		int messages = 0;
		while (at < out.length) {
			int headerEnd = indexOf(out, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
			Assertions.assertTrue(headerEnd > at, "not a message header at byte " + at);
			String header = new String(out, at, headerEnd - at, StandardCharsets.US_ASCII);
			Assertions.assertTrue(header.startsWith("Content-Length: "), header);
			int length = Integer
					.parseInt(header.lines().findFirst().orElseThrow().substring("Content-Length: ".length()).trim());
			int bodyStart = headerEnd + 4;
			Assertions.assertTrue(bodyStart + length <= out.length);
			Assertions.assertEquals('{', out[bodyStart]);
			Assertions.assertEquals('}', out[bodyStart + length - 1]);
			at = bodyStart + length;
			messages++;
		}
		Assertions.assertTrue(messages >= 3);
	}

	private static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer : for (int i = from; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** Keeps a copy of every byte the server wrote. */
	private static final class Recording extends FilterInputStream {
		private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

		Recording(InputStream in) {
			super(in);
		}

		@Override
		public synchronized int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				copy.write(b);
			}
			return b;
		}

		@Override
		public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				copy.write(buffer, offset, n);
			}
			return n;
		}

		void drain() throws InterruptedException {
			Thread.sleep(200); // the reader thread sees end of stream after exit
		}

		synchronized byte[] bytes() {
			return copy.toByteArray();
		}
	}
}
