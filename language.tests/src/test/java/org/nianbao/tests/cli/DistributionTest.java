package org.nianbao.tests.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
		Path tarball = only("tar.gz");
		Assertions.assertEquals(0, run(unpacked, List.of("tar", "xzf", tarball.toString())).code);
		Path home;
		try (Stream<Path> top = Files.list(unpacked)) {
			home = top.filter(Files::isDirectory).findFirst().orElseThrow();
		}
		Assertions.assertFalse(home.toAbsolutePath().startsWith(TestFiles.root()), home::toString);
		Assertions.assertTrue(Files.isExecutable(home.resolve("nianbao")));
		Assertions.assertEquals(entries(home), zipEntries(only("zip")), "the .zip and the .tar.gz hold the same files");

		Result created = run(home, List.of("./nianbao", "new", "某县某镇人民政府", "2025", "-o", "某镇2025.nianbao"));
		Assertions.assertEquals(0, created.code, created::toString);
		Assertions.assertTrue(Files.readString(home.resolve("某镇2025.nianbao")).contains("某县某镇人民政府"));

		Result validated = run(home, List.of("./nianbao", "validate", "examples/anhe-scjg-2024.nianbao"));
		Assertions.assertEquals(0, validated.code, validated::toString);
		Assertions.assertTrue(validated.out.contains("0 个错误"), validated::toString);

		Result generated = run(home, List.of("./nianbao", "generate", "examples/anhe-scjg-2024.nianbao", "-o", "out"));
		Assertions.assertEquals(0, generated.code, generated::toString);
		Path docx = home.resolve("out/anhe-scjg-2024.docx");
		Assertions.assertTrue(Files.size(docx) > 10_000, generated::toString);

		Result imported = run(home, List.of("./nianbao", "import", docx.toString(), "-o", "imported"));
		Assertions.assertEquals(0, imported.code, imported::toString);
		Assertions.assertTrue(Files.readString(home.resolve("imported/anhe-scjg-2024.nianbao")).contains("予以公开"), imported::toString);

		for (Result result : List.of(created, validated, generated, imported)) {
			ProcessJava.assertNoWarnings(result.err);
		}
		CommandProcessTest.awaitArchive(home); // the first run's start-up cache, beside the unpacked jar
	}

	private static Path only(String extension) throws IOException {
		Path dist = TestFiles.root().resolve("dist");
		try (Stream<Path> files = Files.list(dist)) {
			List<Path> found = files.filter(f -> f.getFileName().toString().matches("nianbao-.+\\." + extension.replace(".", "\\."))).toList();
			Assertions.assertEquals(1, found.size(), () -> "one download in " + dist + " (mvn package writes it): " + found);
			return found.get(0);
		}
	}

	private static Set<String> entries(Path home) throws IOException {
		try (Stream<Path> files = Files.walk(home)) {
			Set<String> names = new TreeSet<>();
			files.filter(Files::isRegularFile).forEach(f -> names.add(home.relativize(f).toString()));
			return names;
		}
	}

	private static Set<String> zipEntries(Path zip) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Set<String> names = new TreeSet<>();
			file.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName().substring(e.getName().indexOf('/') + 1)));
			return names;
		}
	}

	private static Result run(Path directory, List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile());
		builder.environment().put("JAVA_HOME", ProcessJava.home().toString());
		Path out = Files.createTempFile("nianbao-dist", ".out");
		Path err = Files.createTempFile("nianbao-dist", ".err");
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			Assertions.assertTrue(process.waitFor(120, TimeUnit.SECONDS), () -> "did not finish: " + command);
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	private record Result(int code, String out, String err) {
		@Override
		public String toString() {
			return "exit " + code + "\n" + out + err;
		}
	}
}
