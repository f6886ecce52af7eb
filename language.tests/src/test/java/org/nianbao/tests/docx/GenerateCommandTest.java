package org.nianbao.tests.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.CommandLineRun;
import org.nianbao.cli.NianbaoCli;
import org.nianbao.export.AtomicFileWriter;
import org.nianbao.export.OutputPaths;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.TestInjector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code nianbao generate}: where it writes, what it refuses, and that nothing is half written. */
class GenerateCommandTest {

	static {
		TestInjector.quietLogging();
	}

	/** Copies an example alone: its link to last year's report (a relative path) is left out. */
	private static Path copy(String example, Path dir) throws IOException {
		Path source = TestFiles.root().resolve("examples").resolve(example + ".nianbao");
		String text = Files.readString(source).replaceAll("(?m)^\\s*previous .*\n", "")
				.replace("（上年{previous.本年新收.总计}件）", "");
		return Files.writeString(dir.resolve(source.getFileName()), text);
	}

	@Test
	void writesNameDotDocxBesideTheReport(@TempDir Path dir) throws IOException {
		Path report = copy("anhe-scjg-2024", dir);
		CommandLineRun run = CommandLineRun.of("generate", report.toString());
		assertEquals(0, run.code(), run.err());
		Path docx = dir.resolve("anhe-scjg-2024.docx");
		assertTrue(run.out().contains("已生成 " + docx), run.out());
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
			assertEquals(3, document.getTables().size());
		}
		assertEquals(List.of("anhe-scjg-2024.docx", "anhe-scjg-2024.nianbao"), names(dir), "no temporary file left");
	}

	@Test
	void writesIntoTheOutputFolder(@TempDir Path dir) throws IOException {
		Path report = copy("gaocheng-2024", dir);
		Path out = dir.resolve("out/docs");
		CommandLineRun run = CommandLineRun.of("generate", report.toString(), "-o", out.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(Files.isRegularFile(out.resolve("gaocheng-2024.docx")));
		assertFalse(Files.exists(dir.resolve("gaocheng-2024.docx")));
	}

	@Test
	void refusesAReportWithErrorsAndPrintsTheDiagnosticsAsValidateDoes(@TempDir Path dir) throws IOException {
		Path report = copy("errors/balance-rule-broken", dir);
		CommandLineRun validate = CommandLineRun.of("validate", report.toString());
		List<String> diagnostics = validate.out().lines().filter(l -> l.contains(": error: ")).toList();
		assertFalse(diagnostics.isEmpty(), validate.out());
		CommandLineRun run = CommandLineRun.of("generate", report.toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code());
		for (String line : diagnostics) {
			assertTrue(run.out().contains(line), "missing diagnostic: " + line + "\n" + run.out());
		}
		assertTrue(run.err().contains("未生成 Word 文档") && run.err().contains("--force"), run.err());
		assertEquals(List.of("balance-rule-broken.nianbao"), names(dir), "no document, no temporary file");
	}

	@Test
	void forceGeneratesAnywayAndSaysSo(@TempDir Path dir) throws IOException {
		Path report = copy("errors/balance-rule-broken", dir);
		CommandLineRun run = CommandLineRun.of("generate", "--force", report.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("强制生成"), run.out());
		assertTrue(Files.size(dir.resolve("balance-rule-broken.docx")) > 0);
	}

	/** Import last year's Word file, edit, generate: the original beside the report must survive. */
	@Test
	void aWordFileNianbaoDidNotWriteIsNeverReplaced(@TempDir Path dir) throws IOException {
		Path original = Files.copy(Path.of("src/test/resources/import/pingtan-2023-libreoffice.docx"),
				dir.resolve("2023年报告.docx"));
		byte[] published = Files.readAllBytes(original);
		Path report = copy("anhe-scjg-2024", dir);
		Files.move(report, dir.resolve("2023年报告.nianbao"));
		CommandLineRun run = CommandLineRun.of("generate", dir.resolve("2023年报告.nianbao").toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code(), run.out());
		assertTrue(run.err().contains("2023年报告.docx 已存在，且不是 Nianbao 生成的Word 文档") && run.err().contains("-o"),
				run.err());
		assertArrayEquals(published, Files.readAllBytes(original));

		CommandLineRun elsewhere = CommandLineRun.of("generate", dir.resolve("2023年报告.nianbao").toString(), "-o",
				dir.resolve("out").toString());
		assertEquals(0, elsewhere.code(), elsewhere.err());
		// a document Nianbao wrote is replaced as before
		assertEquals(0, CommandLineRun.of("generate", dir.resolve("2023年报告.nianbao").toString(), "-o",
				dir.resolve("out").toString()).code());
	}

	@Test
	void aWebPageNianbaoDidNotWriteIsNeverReplaced(@TempDir Path dir) throws IOException {
		Path report = copy("anhe-scjg-2024", dir);
		Path page = Files.writeString(dir.resolve("anhe-scjg-2024.html"), "<!DOCTYPE html><title>门户网站上的原文</title>");
		CommandLineRun run = CommandLineRun.of("generate", report.toString(), "--format", "html");
		assertEquals(NianbaoCli.PROBLEMS, run.code(), run.out());
		assertEquals("<!DOCTYPE html><title>门户网站上的原文</title>", Files.readString(page));
		Files.delete(page);
		assertEquals(0, CommandLineRun.of("generate", report.toString(), "--format", "html").code());
		assertEquals(0, CommandLineRun.of("generate", report.toString(), "--format", "html").code(),
				"our own page is replaced");
	}

	@Test
	void anExistingDocumentSurvivesARefusedGeneration(@TempDir Path dir) throws IOException {
		Path report = copy("errors/balance-rule-broken", dir);
		Path docx = dir.resolve("balance-rule-broken.docx");
		byte[] earlier = "the document sent last week".getBytes(StandardCharsets.UTF_8);
		Files.write(docx, earlier);
		assertEquals(NianbaoCli.PROBLEMS, CommandLineRun.of("generate", report.toString()).code());
		assertArrayEquals(earlier, Files.readAllBytes(docx));
	}

	@Test
	void aFailedWriteLeavesTheOldFileAndNoPartialOne(@TempDir Path dir) throws IOException {
		Path target = dir.resolve("report.docx");
		byte[] earlier = "old".getBytes(StandardCharsets.UTF_8);
		Files.write(target, earlier);
		IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
			out.write(new byte[4096]);
			throw new IOException("disk full");
		}));
		assertEquals("disk full", failure.getMessage());
		assertArrayEquals(earlier, Files.readAllBytes(target));
		assertEquals(List.of("report.docx"), names(dir));
		assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(dir.resolve("new.docx"), out -> {
			out.write(1);
			throw new IllegalStateException("generator bug");
		}));
		assertEquals(List.of("report.docx"), names(dir), "no partial new file");
		AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		assertEquals("new", Files.readString(target));
	}

	@Test
	void anOutputNameCannotEscapeItsFolder(@TempDir Path dir) {
		for (String name : List.of("../x.docx", "a/../../x.docx", "sub/x.docx", "..", ".", "", "..\\x.docx")) {
			assertThrows(IllegalArgumentException.class, () -> OutputPaths.inside(dir, name), name);
		}
		assertEquals(dir.toAbsolutePath().normalize().resolve("x.docx"), OutputPaths.inside(dir, "x.docx"));
		assertEquals(dir.resolve("out").toAbsolutePath().normalize().resolve("r.docx"),
				OutputPaths.outputFor(Path.of("/elsewhere/../r.nianbao"), dir.resolve("out"),
						OutputPaths.DOCX_EXTENSION));
	}

	/** The document is named after the report's file, whatever its characters; the organ's name plays no part. */
	@Test
	void oddFileAndOrganNamesStayInTheOutputFolder(@TempDir Path dir) throws IOException {
		String text = Files.readString(copy("anhe-scjg-2024", dir)).replace("organ \"安和县市场监督管理局\"",
				"organ \"../../安和县/市场监督管理局/..\"");
		Files.delete(dir.resolve("anhe-scjg-2024.nianbao"));
		List<String> files = List.of("报告 （最终版）#1.nianbao", ".hidden.nianbao", "..nianbao", ".nianbao", "-dash.nianbao",
				"a;b&c$d'e.nianbao", "line\nbreak.nianbao");
		Path in = Files.createDirectories(dir.resolve("in"));
		List<String> args = new ArrayList<>(List.of("generate", "-o", dir.resolve("out").toString()));
		for (String file : files) {
			args.add(Files.writeString(in.resolve(file), text).toString());
		}
		Path out = dir.resolve("out");
		CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
		assertEquals(0, run.code(), run.out() + run.err());
		assertEquals(List.of("-dash.docx", "..docx", ".docx", ".hidden.docx", "a;b&c$d'e.docx", "line\nbreak.docx",
				"报告 （最终版）#1.docx"), names(out));
		assertEquals(List.of("in", "out"), Files.list(dir).map(f -> f.getFileName().toString()).sorted().toList(),
				"nothing written outside the output folder");
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("generate", "-dash.nianbao").code(),
				"a leading dash is an option");
	}

	@Test
	void aFolderGeneratesItsReportsButNotItsForms(@TempDir Path dir) throws IOException {
		copy("anhe-scjg-2024", dir);
		Path sub = Files.createDirectories(dir.resolve("乡镇"));
		copy("gaocheng-2024", sub);
		String form = Files
				.readString(TestFiles.root().resolve("language/src/main/resources/nianbao/forms/national-2021.nianbao"))
				.replace("form 国家格式2021", "form 某省格式2021");
		Files.writeString(dir.resolve("province-form.nianbao"), form);
		Path out = dir.resolve("out");
		CommandLineRun run = CommandLineRun.of("generate", dir.toString(), "-o", out.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		assertEquals(List.of("anhe-scjg-2024.docx", "gaocheng-2024.docx"), names(out));
	}

	@Test
	void aFormFileNamedExplicitlyIsNotAReport(@TempDir Path dir) throws IOException {
		String form = Files
				.readString(TestFiles.root().resolve("language/src/main/resources/nianbao/forms/national-2021.nianbao"))
				.replace("form 国家格式2021", "form 某省格式2021");
		Path file = Files.writeString(dir.resolve("province-form.nianbao"), form);
		CommandLineRun run = CommandLineRun.of("generate", file.toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code());
		assertTrue(run.err().contains("格式文件"), run.err());
		assertEquals(List.of("province-form.nianbao"), names(dir));
	}

	@Test
	void badArgumentsAreUsageErrors(@TempDir Path dir) throws IOException {
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("generate").code());
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("generate", "--bogus", dir.toString()).code());
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("generate", dir.resolve("nothing.nianbao").toString()).code());
		Path report = copy("anhe-scjg-2024", dir);
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		CommandLineRun run = CommandLineRun.of("generate", report.toString(), "-o", file.toString());
		assertEquals(NianbaoCli.USAGE, run.code());
		assertFalse(run.err().contains("Exception"), run.err());
		assertTrue(CommandLineRun.of("help").out().contains("generate"));
	}

	private static List<String> names(Path dir) throws IOException {
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
		}
		return names.stream().sorted().toList();
	}
}
