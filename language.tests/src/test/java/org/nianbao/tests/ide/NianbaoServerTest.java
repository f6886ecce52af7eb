package org.nianbao.tests.ide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.nianbao.ide.server.ServerBindings;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import org.nianbao.tests.support.TestFiles;

/** Base of the language server tests: the server in-process, examples from the repository. */
abstract class NianbaoServerTest extends AbstractLanguageServerTest {

	NianbaoServerTest() {
		super("nianbao");
	}

	@Override
	protected Path getTestRootPath() {
		return Path.of("target", "lsp-test-project").toAbsolutePath();
	}

	@Override
	protected Module getServerModule() {
		return Modules.override(super.getServerModule()).with(new ServerBindings());
	}

	/** The workspace under target/, not in the source tree (the base class writes to ./test-data otherwise). */
	@BeforeEach
	void workspaceUnderTarget() throws IOException {
		root = Files.createDirectories(getTestRootPath()).toFile();
	}

	static String example(String name) {
		try {
			return Files.readString(TestFiles.root().resolve("examples").resolve(name), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The zero-based line of the first line of text that starts with the given text. */
	static int lineStartingWith(String text, String start) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(start)) {
				return i;
			}
		}
		throw new AssertionError("no line starts with " + start);
	}

	static Position position(String text, String lineStart, String within) {
		int line = lineStartingWith(text, lineStart);
		int column = text.split("\n", -1)[line].indexOf(within);
		if (column < 0) {
			throw new AssertionError(within + " not on line " + lineStart);
		}
		return new Position(line, column);
	}

	/** Applies edits the way a client does: all ranges refer to the text before any edit. */
	static String apply(String text, List<? extends TextEdit> edits) {
		Document document = new Document(1, text);
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		String result = text;
		for (TextEdit edit : sorted) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			result = result.substring(0, start) + edit.getNewText() + result.substring(end);
		}
		return result;
	}

	List<Diagnostic> diagnosticsWithCode(String uri, String code) {
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		if (diagnostics == null) {
			return List.of();
		}
		return diagnostics.stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
	}
}
