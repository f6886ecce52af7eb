package org.nianbao.tests.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.TestFiles;

/** Every diagnostic code the README quotes (`[code]` or `code` in backticks) is one the tool can print. */
class ReadmeCodesTest {

	private static final Pattern QUOTED = Pattern.compile("`\\[?([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\\]?`");
	private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"");

	@Test
	void everyQuotedCodeExists() throws IOException {
		Path root = TestFiles.examples().getParent();
		Set<String> known = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(root.resolve("language/src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = LITERAL.matcher(Files.readString(source));
				while (m.find()) {
					known.add(m.group(1));
				}
			}
		}
		Set<String> unknown = new TreeSet<>();
		Matcher m = QUOTED.matcher(Files.readString(root.resolve("README.md")));
		while (m.find()) {
			String code = m.group(1);
			boolean fileName = Files.exists(root.resolve("examples").resolve(code + ".nianbao"));
			if (!known.contains(code) && !fileName) {
				unknown.add(code);
			}
		}
		assertTrue(unknown.isEmpty(), "README quotes codes the tool does not have: " + unknown);
	}
}
