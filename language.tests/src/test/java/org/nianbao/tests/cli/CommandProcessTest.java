package org.nianbao.tests.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.support.ProcessJava;
import org.nianbao.tests.support.TestFiles;

/**
 * The built jar and the {@code ./nianbao} launcher as a clerk runs them, on {@link ProcessJava}'s Java: answers
 * without a single WARNING line (Java 24+ printed four from Guice), and the launcher's class-data archive, made
 * by its first run, is one this Java maps and covers the commands that check and write reports, whichever
 * command ran first.
 */
class CommandProcessTest {

	private static final Path JAR = TestFiles.jar();

	@TempDir
	Path folder;

	@Test
	void validateAndGenerateWarnNothing() throws Exception {
		Files.copy(TestFiles.examples().resolve("anhe-scjg-2023.nianbao"), folder.resolve("anhe-scjg-2023.nianbao"));
		Path report = Files.copy(TestFiles.examples().resolve("anhe-scjg-2024.nianbao"),
				folder.resolve("anhe-scjg-2024.nianbao"));
		Result validate = run(List.of(ProcessJava.java(), "-jar", JAR.toString(), "validate", report.toString()));
		Assertions.assertEquals(0, validate.code, validate::toString);
		Assertions.assertTrue(validate.out.contains("0 个错误"), validate::toString);
		ProcessJava.assertNoWarnings(validate.err);

		Result generate = run(List.of(ProcessJava.java(), "-jar", JAR.toString(), "generate", report.toString()));
		Assertions.assertEquals(0, generate.code, generate::toString);
		Assertions.assertTrue(Files.size(folder.resolve("anhe-scjg-2024.docx")) > 10_000, generate::toString);
		ProcessJava.assertNoWarnings(generate.err);
	}

	@Test
	void launcherMakesAnArchiveThisJavaMaps() throws Exception {
		Path target = JAR.getParent();
		Path report = TestFiles.examples().resolve("anhe-scjg-2024.nianbao");
		String nianbao = TestFiles.root().resolve("nianbao").toString();
		List<String> launcher = List.of(nianbao, "validate", report.toString());
		try (Stream<Path> old = Files.list(target)) {
			for (Path jsa : old.filter(CommandProcessTest::isArchive).toList()) {
				Files.delete(jsa); // an archive of another Java: the first run below makes this Java's
			}
		}
		// a first command that checks nothing: the archive must still cover validate and generate
		Result first = run(List.of(nianbao, "--help"));
		Assertions.assertEquals(0, first.code, first::toString);
		ProcessJava.assertNoWarnings(first.err);
		Path archive = awaitArchive(target);

		Result second = run(launcher);
		Assertions.assertEquals(0, second.code, second::toString);
		ProcessJava.assertNoWarnings(second.err);
		// -Xshare:on refuses to start when the archive does not fit this JVM and jar (the launcher's auto would fall back)
		Result mapped = run(
				List.of(ProcessJava.java(), "-XX:+UseSerialGC", "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
						"-jar", JAR.toString(), "validate", report.toString()));
		Assertions.assertEquals(0, mapped.code, mapped::toString);
		ProcessJava.assertNoWarnings(mapped.err);

		Path loaded = folder.resolve("classes.txt");
		Result generate = run(List.of(ProcessJava.java(), "-XX:+UseSerialGC", "-Xshare:on",
				"-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info:file=" + loaded, "-jar", JAR.toString(),
				"generate", "-o", folder.toString(), report.toString()));
		Assertions.assertEquals(0, generate.code, generate::toString);
		// (not a validator: Java 25 leaves Xtext's validator classes out of any archive, "old class has been linked")
		List<String> classes = Files.readAllLines(loaded, StandardCharsets.UTF_8);
		for (String name : List.of("org.nianbao.eval.TableFigures", "org.nianbao.eval.ReportEvaluator",
				"org.apache.poi.xwpf.usermodel.XWPFDocument", "org.nianbao.cli.GenerateCommand")) {
			Assertions.assertTrue(
					classes.stream().anyMatch(line -> line.contains(" " + name + " source: shared objects file")),
					() -> name + " is not in the archive made after `--help`");
		}
	}

	private static boolean isArchive(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith("nianbao-") && name.endsWith(".jsa");
	}

	static Path awaitArchive(Path target) throws IOException, InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < until) {
			try (Stream<Path> files = Files.list(target)) {
				List<Path> archives = files.filter(CommandProcessTest::isArchive).toList();
				if (!archives.isEmpty()) {
					return archives.get(0);
				}
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the launcher made no class-data archive in " + target);
	}

	private Result run(List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		builder.environment().put("JAVA_HOME", ProcessJava.home().toString());
		Path out = folder.resolve("out.txt");
		Path err = folder.resolve("err.txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		Assertions.assertTrue(process.waitFor(120, TimeUnit.SECONDS), () -> "did not finish: " + command);
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Result(int code, String out, String err) {
		@Override
		public String toString() {
			return "exit " + code + "\n" + out + err;
		}
	}
}
