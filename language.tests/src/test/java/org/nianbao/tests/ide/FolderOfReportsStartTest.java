package org.nianbao.tests.ide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
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
 * A supervising office opens its county's folder, hundreds of reports, and looks at one of them: that report's
 * diagnostics come first, before the rest of the folder has been checked, and then every other report's. The real
 * server jar with its real request queue (the in-process tests run every request at once, in order).
 */
class FolderOfReportsStartTest {

	private static final int REPORTS = 200;
	private static final long WAIT = 120;

	@TempDir
	Path folder;

	@Test
	void theOpenedReportIsCheckedBeforeTheRestOfTheFolder() throws Exception {
		Path jar = TestFiles.jar();
		Assertions.assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
		String example = NianbaoServerTest.example("anhe-scjg-2024.nianbao").replaceAll("(?m)^\\s*previous .*\n", "");
		Assertions.assertTrue(example.contains("安和县"), "the example names its county");
		List<String> others = new ArrayList<>();
		for (int i = 1; i <= REPORTS; i++) {
			Path report = folder.resolve(String.format("乡镇%03d-2024.nianbao", i));
			Files.writeString(report, example.replace("安和县", "安和县" + i + "号"), StandardCharsets.UTF_8);
			others.add(report.toUri().toString());
		}
		// in the middle of the folder's order, as a file picked from the explorer is
		String opened = others.remove(REPORTS / 2);
		String text = Files.readString(Path.of(java.net.URI.create(opened)), StandardCharsets.UTF_8);

		Process process = new ProcessBuilder(ProcessJava.java(), "-jar", jar.toString(), "server")
				.redirectError(folder.resolve("server.log").toFile()).start();
		try {
			LspTestClient client = new LspTestClient();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setRootUri(folder.toUri().toString());
			init.setCapabilities(new ClientCapabilities());
			server.initialize(init).get(WAIT, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			server.getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(opened, "nianbao", 1, text)));

			String first = client.nextUri(WAIT);
			Assertions.assertTrue(LspTestClient.samePath(first, opened),
					"the report on screen waited for " + first + " and the rest of the folder");
			client.awaitAll(others, WAIT);
			server.shutdown().get(WAIT, TimeUnit.SECONDS);
			server.exit();
			Assertions.assertTrue(process.waitFor(WAIT, TimeUnit.SECONDS), "the server did not exit");
		} finally {
			process.destroyForcibly();
		}
	}
}
