package org.nianbao.tests.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.docx.Docs;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.cli.CommandLineRun;

/** {@code nianbao generate --format html|docx,html}: the same path as the Word document, a web page at its end. */
class GenerateHtmlTest {

	private static Path copy(String example, Path dir) throws IOException {
		Path source = Docs.example(example);
		String text = Files.readString(source).replaceAll("(?m)^\\s*previous .*\n", "")
				.replace("（上年{previous.本年新收.总计}件）", "");
		return Files.writeString(dir.resolve(source.getFileName()), text);
	}

	@Test
	void htmlAloneWritesOnlyThePage(@TempDir Path dir) throws IOException {
		Path report = copy("anhe-scjg-2024", dir);
		CommandLineRun run = CommandLineRun.of("generate", report.toString(), "--format", "html");
		assertEquals(0, run.code(), run.err());
		assertTrue(Files.readString(dir.resolve("anhe-scjg-2024.html")).startsWith("<!DOCTYPE html>"));
		assertFalse(Files.exists(dir.resolve("anhe-scjg-2024.docx")));
		assertTrue(run.out().contains("已生成 1 个网页"), run.out());
	}

	@Test
	void bothFormatsIntoAFolder(@TempDir Path dir) throws IOException {
		Path report = copy("gaocheng-2024", dir);
		Path out = dir.resolve("out");
		CommandLineRun run = CommandLineRun.of("generate", report.toString(), "--format=docx,html", "-o",
				out.toString(), "-j", "2");
		assertEquals(0, run.code(), run.err());
		assertTrue(Files.size(out.resolve("gaocheng-2024.docx")) > 0);
		assertTrue(Files.readString(out.resolve("gaocheng-2024.html")).contains("高青县高城镇人民政府"));
		assertTrue(run.out().contains("已生成 1 份报告的 Word 文档和网页"), run.out());
	}

	@Test
	void aReportWithErrorsGetsNoPageUnlessForced(@TempDir Path dir) throws IOException {
		Path report = Files.copy(TestFiles.root().resolve("examples/errors/balance-rule-broken.nianbao"),
				dir.resolve("broken.nianbao"));
		CommandLineRun refused = CommandLineRun.of("generate", report.toString(), "--format", "html");
		assertEquals(1, refused.code());
		assertTrue(refused.err().contains("未生成网页") && refused.err().contains("--force"), refused.err());
		assertFalse(Files.exists(dir.resolve("broken.html")));
		CommandLineRun forced = CommandLineRun.of("generate", report.toString(), "--format", "html", "--force");
		assertEquals(0, forced.code(), forced.err());
		assertTrue(Files.exists(dir.resolve("broken.html")));
	}

	@Test
	void anImageIsEmbeddedInThePageWithItsCaption(@TempDir Path dir) throws Exception {
		BufferedImage chart = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		ImageIO.write(chart, "png", dir.resolve("chart.png").toFile());
		String text = Files.readString(copy("gaocheng-2024", dir)).replaceFirst("(?m)^(# 二、[^\n]*)$",
				"image \"chart.png\" \"图1 全年公开情况\"\n\n$1");
		Path report = Files.writeString(dir.resolve("gaocheng-2024.nianbao"), text);
		CommandLineRun run = CommandLineRun.of("generate", report.toString(), "--format", "html");
		assertEquals(0, run.code(), run.out() + run.err());
		String page = Files.readString(dir.resolve("gaocheng-2024.html"));
		assertTrue(page.contains("<img src=\"data:image/png;base64,"), "embedded, nothing to load");
		assertTrue(page.contains("width=\"40\" height=\"20\" alt=\"图1 全年公开情况\"><figcaption>图1 全年公开情况</figcaption>"));
		assertEquals(List.of(), HtmlValidityTest.check(page));
	}

	@Test
	void anUnknownFormatIsAUsageError(@TempDir Path dir) throws IOException {
		Path report = copy("gaocheng-2024", dir);
		for (String format : List.of("pdf", "html,html", "")) {
			CommandLineRun run = CommandLineRun.of("generate", report.toString(), "--format", format);
			assertEquals(2, run.code(), format);
			assertTrue(run.err().contains("--format 只能是"), run.err());
		}
	}
}
