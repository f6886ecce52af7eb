package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.CommandLineRun;
import org.nianbao.cli.NianbaoCli;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.TestInjector;

/**
 * {@code nianbao generate} on input people really type and under faults: a full disk, a read-only file or
 * folder, a process killed mid-write. The document that was there before survives, and the message is Chinese.
 */
class GenerateFaultsTest {

	static {
		TestInjector.quietLogging();
	}

	private static String example() throws IOException {
		return Files.readString(Docs.example("anhe-scjg-2024")).replaceAll("(?m)^\\s*previous .*\n", "")
				.replace("（上年{previous.本年新收.总计}件）", "");
	}

	/** The text of a document of ours. The big one repeats one sentence: it compresses past POI's zip-bomb ratio. */
	private static String text(Path docx) throws IOException {
		double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
		org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		} finally {
			org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
		}
	}

	private static void assertClear(CommandLineRun run) {
		assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
		assertFalse(run.out().contains("Exception"), run.out());
	}

	@Test
	void aReportWithBomAndCrlfGenerates(@TempDir Path dir) throws IOException {
		Path report = Files.writeString(dir.resolve("r.nianbao"), "\uFEFF" + example().replace("\n", "\r\n"));
		CommandLineRun run = CommandLineRun.of("generate", report.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		String text = text(dir.resolve("r.docx"));
		assertTrue(text.contains("3186") && text.contains("安和县市场监督管理局"), text);
		assertFalse(text.contains("\r") || text.contains("\uFEFF"));
	}

	@Test
	void fullWidthDigitsPrintAsAsciiDigits(@TempDir Path dir) throws IOException {
		String written = example();
		assertTrue(written.contains("行政许可       3186"));
		Path report = Files.writeString(dir.resolve("r.nianbao"),
				written.replace("行政许可       3186", "行政许可       ３１８６"));
		CommandLineRun run = CommandLineRun.of("generate", report.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		assertTrue(run.out().contains("[full-width-digits]"), run.out());
		String text = text(dir.resolve("r.docx"));
		assertTrue(text.contains("3186"), text);
		assertFalse(text.contains("３１８６"), text);
	}

	@Test
	void aFileInGbkIsRefusedWithTheEncodingMessage(@TempDir Path dir) throws IOException {
		Path report = Files.write(dir.resolve("gbk.nianbao"), example().getBytes(Charset.forName("GBK")));
		CommandLineRun run = CommandLineRun.of("generate", report.toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code());
		assertTrue(run.out().contains("文件不是 UTF-8 编码") && run.out().contains("[not-utf8]"), run.out());
		assertTrue(run.err().contains("未生成 Word 文档"), run.err());
		assertClear(run);
		assertEquals(List.of("gbk.nianbao"), names(dir));
	}

	@Test
	void aReadOnlyDocumentIsNotReplaced(@TempDir Path dir) throws IOException {
		Path report = Files.writeString(dir.resolve("r.nianbao"), example());
		byte[] earlier = Docs.earlierDocument();
		Path docx = Files.write(dir.resolve("r.docx"), earlier);
		Files.setPosixFilePermissions(docx, PosixFilePermissions.fromString("r--r--r--"));
		CommandLineRun run = CommandLineRun.of("generate", report.toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code());
		assertTrue(run.err().contains("文件是只读的，未覆盖") && run.err().contains("原有文件未改动"), run.err());
		assertClear(run);
		assertArrayEquals(earlier, Files.readAllBytes(docx));
		assertEquals(List.of("r.docx", "r.nianbao"), names(dir));
	}

	@Test
	void aMissingNestedOutputFolderIsCreated(@TempDir Path dir) throws IOException {
		Path report = Files.writeString(dir.resolve("r.nianbao"), example());
		Path out = dir.resolve("a/b/c");
		CommandLineRun run = CommandLineRun.of("generate", report.toString(), "-o", out.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(Files.size(out.resolve("r.docx")) > 0);
	}

	@Test
	void aReadOnlyFolderBesideTheReportFailsClearly(@TempDir Path dir) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("ro"));
		assumeTrue(mount(folder, "size=1m"), "needs root to mount a tmpfs");
		try {
			Path report = Files.writeString(folder.resolve("r.nianbao"), example());
			byte[] earlier = Docs.earlierDocument();
			Files.write(folder.resolve("r.docx"), earlier);
			assertEquals(0, command("mount", "-o", "remount,ro", folder.toString()));
			CommandLineRun run = CommandLineRun.of("generate", report.toString());
			assertEquals(NianbaoCli.PROBLEMS, run.code());
			assertTrue(run.err().contains("所在文件夹只读，不能写入"), run.err());
			assertClear(run);
			assertArrayEquals(earlier, Files.readAllBytes(folder.resolve("r.docx")));
			CommandLineRun elsewhere = CommandLineRun.of("generate", report.toString(), "-o",
					folder.resolve("sub").toString());
			assertEquals(NianbaoCli.PROBLEMS, elsewhere.code());
			assertTrue(elsewhere.err().contains("无法创建输出文件夹") && elsewhere.err().contains("只读"), elsewhere.err());
		} finally {
			command("umount", folder.toString());
		}
	}

	@Test
	void aFullDiskLeavesThePreviousDocumentAndNoTemporaryFile(@TempDir Path dir) throws Exception {
		Path disk = Files.createDirectories(dir.resolve("disk"));
		assumeTrue(mount(disk, "size=64k"), "needs root to mount a tmpfs");
		try {
			Path report = Files.writeString(dir.resolve("r.nianbao"), example());
			byte[] earlier = Docs.earlierDocument();
			Files.write(disk.resolve("r.docx"), earlier);
			// fill the disk, leaving less room than the new document needs
			Files.write(disk.resolve("filler"), new byte[56 * 1024]);
			CommandLineRun run = CommandLineRun.of("generate", report.toString(), "-o", disk.toString());
			assertEquals(NianbaoCli.PROBLEMS, run.code(), run.out());
			assertTrue(run.err().contains("磁盘空间不足") && run.err().contains("原有文件未改动"), run.err());
			assertClear(run);
			assertArrayEquals(earlier, Files.readAllBytes(disk.resolve("r.docx")));
			assertEquals(List.of("filler", "r.docx"), names(disk), "no temporary file left");
			Files.delete(disk.resolve("filler"));
			assertEquals(0, CommandLineRun.of("generate", report.toString(), "-o", disk.toString()).code());
			assertTrue(text(disk.resolve("r.docx")).contains("3186"));
		} finally {
			command("umount", disk.toString());
		}
	}

	/**
	 * The command line ({@code java -jar nianbao.jar generate}) killed with SIGKILL while it writes a big
	 * document: the previous document is intact; the temporary file it leaves is removed by the next run.
	 */
	@Test
	void aProcessKilledMidWriteLeavesThePreviousDocument(@TempDir Path dir) throws Exception {
		Path jar = TestFiles.jar();
		assumeTrue(Files.isRegularFile(jar), "the command line jar is built by mvn package");
		StringBuilder big = new StringBuilder(example());
		for (int i = 0; i < 40; i++) {
			big.append("| 第").append(i).append("段：").append(("政府信息公开工作" + i).repeat(8000)).append('\n');
		}
		Path report = Files.writeString(dir.resolve("big.nianbao"), big.toString());
		byte[] earlier = Docs.earlierDocument();
		Path docx = Files.write(dir.resolve("big.docx"), earlier);
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "generate", "--force", report.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("child.log").toFile()).start();
		boolean seen = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!seen && child.isAlive() && System.nanoTime() < deadline) {
			seen = !temporaryFiles(dir).isEmpty();
			Thread.sleep(1);
		}
		Thread.sleep(20);
		child.destroyForcibly(); // SIGKILL
		child.waitFor(10, TimeUnit.SECONDS);
		assertTrue(seen, "the child never started writing: " + Files.readString(dir.resolve("child.log")));
		assertEquals(137, child.exitValue(), "killed, not finished: " + Files.readString(dir.resolve("child.log")));
		assertArrayEquals(earlier, Files.readAllBytes(docx), "the previous document is intact");
		assertTrue(temporaryFiles(dir).size() <= 1, names(dir).toString());
		CommandLineRun again = CommandLineRun.of("generate", "--force", report.toString());
		assertEquals(0, again.code(), again.err());
		assertEquals(List.of("big.docx", "big.nianbao", "child.log"), names(dir), "the leftover is removed");
		assertTrue(text(docx).contains("第39段"));
	}

	private static List<Path> temporaryFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().matches("\\.big\\.docx\\.[0-9]+\\.tmp")).toList();
		}
	}

	private static boolean mount(Path folder, String options) throws Exception {
		return command("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString()) == 0;
	}

	private static int command(String... command) throws Exception {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
		} catch (IOException e) {
			return -1;
		}
	}

	private static List<String> names(Path dir) throws IOException {
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
		}
		return names.stream().sorted().toList();
	}
}
