package org.nianbao.tests.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.Downloads.Result;
import org.nianbao.tests.support.ProcessJava;
import org.nianbao.tests.support.TestFiles;

/**
 * The command-line download ({@code dist/nianbao-VERSION.tar.gz} and {@code .zip}, written by language.ide's
 * package phase) unpacked in a temporary folder away from the checkout: its launcher runs new, validate,
 * generate and import there with only a Java, and prepares its start-up cache beside its jar.
 */
class DistributionTest {

	@TempDir
	Path unpacked;

	@Test
	void unpackedDownloadRunsEveryCommand() throws Exception {
		Path home = Downloads.unpack(Downloads.plain("tar.gz"), unpacked);
		Assertions.assertFalse(home.toAbsolutePath().startsWith(TestFiles.root()), home::toString);
		Assertions.assertTrue(Files.isExecutable(home.resolve("nianbao")));
		Assertions.assertEquals(Downloads.entries(home), Downloads.zipEntries(Downloads.plain("zip")),
				"the .zip and the .tar.gz hold the same files");

		Result created = run(home, List.of("./nianbao", "new", "某县某镇人民政府", "2025", "-o", "某镇2025.nianbao"));
		Assertions.assertEquals(0, created.code(), created::toString);
		Assertions.assertTrue(Files.readString(home.resolve("某镇2025.nianbao")).contains("某县某镇人民政府"));

		Result validated = run(home, List.of("./nianbao", "validate", "examples/anhe-scjg-2024.nianbao"));
		Assertions.assertEquals(0, validated.code(), validated::toString);
		Assertions.assertTrue(validated.out().contains("0 个错误"), validated::toString);

		Result generated = run(home, List.of("./nianbao", "generate", "examples/anhe-scjg-2024.nianbao", "-o", "out"));
		Assertions.assertEquals(0, generated.code(), generated::toString);
		Path docx = home.resolve("out/anhe-scjg-2024.docx");
		Assertions.assertTrue(Files.size(docx) > 10_000, generated::toString);

		Result imported = run(home, List.of("./nianbao", "import", docx.toString(), "-o", "imported"));
		Assertions.assertEquals(0, imported.code(), imported::toString);
		Assertions.assertTrue(Files.readString(home.resolve("imported/anhe-scjg-2024.nianbao")).contains("予以公开"),
				imported::toString);

		for (Result result : List.of(created, validated, generated, imported)) {
			ProcessJava.assertNoWarnings(result.err());
		}
		CommandProcessTest.awaitArchive(home); // the first run's start-up cache, beside the unpacked jar
	}

	private static Result run(Path directory, List<String> command) throws Exception {
		return Downloads.run(directory, command, env -> env.put("JAVA_HOME", ProcessJava.home().toString()));
	}
}
