package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example's document passes the Open XML SDK validator (npm package {@code @ooxml-tools/validate}), which
 * notices what Word silently drops, such as run properties out of order. Runs when {@code ooxml-validate} is on the
 * PATH or named by the environment variable NIANBAO_OOXML_VALIDATE; skipped otherwise.
 */
class SchemaValidationTest {

	static Stream<String> examples() {
		return Docs.EXAMPLES.stream();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void documentIsSchemaValid(String example, @TempDir Path dir) throws Exception {
		String validator = validator();
		assumeTrue(validator != null, "ooxml-validate is not installed");
		Path docx = dir.resolve(example + ".docx");
		Files.write(docx, Docs.generate(Docs.example(example)).bytes());
		Process process = new ProcessBuilder(validator, docx.toString()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		assertTrue(out.contains("Found 0 errors"), out);
		assertEquals(0, process.exitValue(), out);
	}

	private static String validator() {
		String named = System.getenv("NIANBAO_OOXML_VALIDATE");
		if (named != null && Files.isExecutable(Path.of(named))) {
			return named;
		}
		String path = System.getenv("PATH");
		return path == null
				? null
				: Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, "ooxml-validate"))
						.filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
	}
}
