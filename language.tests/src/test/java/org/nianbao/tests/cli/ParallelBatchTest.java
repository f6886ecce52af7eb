package org.nianbao.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.CommandLineRun;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.ReportText;

/**
 * Batch commands over a folder on several threads ({@code -j}): each thread has its own resource set, so the
 * same folder must give exactly the same output, exit code and documents on 1, 2 or 3 threads, including checks
 * that read another file (a combined report's members, last year's report, a form beside the report), which
 * then lives in another thread's share.
 */
class ParallelBatchTest {

	@TempDir
	static Path folder;

	/** Every example, the deliberate mistakes included, and a combined report whose written figure is wrong. */
	@BeforeAll
	static void copyExamples() throws IOException {
		Path examples = TestFiles.examples();
		for (Path file : TestFiles.nianbaoFiles(examples)) {
			Path copy = folder.resolve(examples.relativize(file).toString());
			Files.createDirectories(copy.getParent());
			Files.copy(file, copy);
		}
		Path combined = folder.resolve("county/anhe-county-2024.nianbao");
		Files.writeString(combined, Files.readString(combined).replace("行政处罚       259", "行政处罚       260"));
		Files.writeString(folder.resolve("province.nianbao"),
				ReportText.nationalForm().replace("form 国家格式2021", "form 某省格式"));
		Files.writeString(folder.resolve("zz-provincial.nianbao"), ReportText.ANHE_2024
				.replace("report 安和县市场监管局2024", "report 某省样例2024 form 某省格式"));
	}

	@Test
	void validateGivesTheSameOutputOnAnyNumberOfThreads() {
		CommandLineRun one = CommandLineRun.of(false, "validate", "-j", "1", folder.toString());
		assertEquals(1, one.code(), one.out());
		assertTrue(one.out().contains("[member-sum-mismatch]"), one.out());
		assertFalse(one.out().matches("(?s).*zz-provincial\\.nianbao:\\d+:\\d+: error.*"),
				"the form beside it is found: " + one.out());
		long files = TestFiles.nianbaoFiles(folder).size();
		assertTrue(one.out().contains("已检查 " + files + " 个文件："), one.out());
		for (String jobs : List.of("2", "3")) {
			CommandLineRun many = CommandLineRun.of(false, "validate", "--jobs", jobs, folder.toString());
			assertEquals(one, many, "on " + jobs + " threads");
		}
		CommandLineRun json = CommandLineRun.of(false, "validate", "-j", "2", "--format", "json", folder.toString());
		assertEquals(CommandLineRun.of(false, "validate", "-j", "1", "--format", "json", folder.toString()), json);
	}

	@Test
	void generateWritesTheSameDocumentsOnAnyNumberOfThreads(@TempDir Path output) throws IOException {
		Path one = output.resolve("one");
		Path two = output.resolve("two");
		CommandLineRun first = CommandLineRun.of(false, "generate", "--force", "-j", "1", "-o", one.toString(),
				folder.toString());
		CommandLineRun second = CommandLineRun.of(false, "generate", "--force", "-j", "2", "-o", two.toString(),
				folder.toString());
		assertEquals(first.code(), second.code());
		assertEquals(first.out().replace(one.toString(), "OUT"), second.out().replace(two.toString(), "OUT"));
		assertEquals(first.err(), second.err());
		List<String> documents = names(one);
		assertTrue(documents.contains("anhe-county-2024.docx"), documents.toString());
		assertEquals(documents, names(two));
		for (String name : documents) {
			assertEquals(text(one.resolve(name)), text(two.resolve(name)), name);
		}
	}

	@Test
	void progressIsShownOnATerminalAndErasedBeforeOutput() {
		CommandLineRun shown = CommandLineRun.of(true, "validate", "-j", "2", folder.toString());
		assertTrue(shown.err().contains("检查 0/") || shown.err().matches("(?s).*检查 \\d+/\\d+（\\d+%）.*"), shown.err());
		assertTrue(shown.err().endsWith("\r\033[K"), "the last progress line is erased");
		CommandLineRun quiet = CommandLineRun.of(false, "validate", "-j", "2", folder.toString());
		assertEquals("", quiet.err());
		assertEquals(quiet.out(), shown.out());
	}

	@Test
	void aBadThreadCountIsAUsageError() {
		for (String bad : List.of("0", "-3", "zwei", "100000")) {
			CommandLineRun run = CommandLineRun.of(false, "validate", "-j", bad, folder.toString());
			assertEquals(2, run.code(), bad);
			assertTrue(run.err().contains("线程数"), run.err());
			assertFalse(run.out().contains("已检查"));
		}
	}

	private static List<String> names(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return new ArrayList<>(files.map(f -> f.getFileName().toString()).sorted().toList());
		}
	}

	private static String text(Path docx) throws IOException {
		try (InputStream in = Files.newInputStream(docx);
				XWPFDocument document = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}
}
