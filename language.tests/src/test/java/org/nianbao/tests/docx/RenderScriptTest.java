package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.support.TestFiles;

/** scripts/render.sh turns a generated document into a PDF and page images; runs only where LibreOffice is. */
class RenderScriptTest {

	@Test
	void rendersAnheToPdfAndPages(@TempDir Path dir) throws Exception {
		for (String tool : List.of("soffice", "pdftoppm", "pdftotext", "pdfinfo")) {
			assumeTrue(onPath(tool), tool + " is not installed");
		}
		Path docx = dir.resolve("anhe-scjg-2024.docx");
		Files.write(docx, Docs.generate(Docs.example("anhe-scjg-2024")).bytes());
		Path out = dir.resolve("rendered");
		Process render = new ProcessBuilder("bash", TestFiles.root().resolve("scripts/render.sh").toString(),
				docx.toString(),
				out.toString()).redirectErrorStream(true).start();
		String log = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(render.waitFor(120, TimeUnit.SECONDS), "render.sh finished");
		assertEquals(0, render.exitValue(), log);
		Path pdf = out.resolve("anhe-scjg-2024.pdf");
		int pages = pageCount(pdf);
		assertTrue(pages >= 4 && pages <= 8, "pages: " + pages);
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(pages, files.filter(f -> f.getFileName().toString().endsWith(".png")).count(), "a PNG a page");
		}
		// Table cells wrap: compare without whitespace.
		String text = run("pdftotext", "-layout", pdf.toString(), "-").replaceAll("\\s+", "");
		for (String label : List.of("安和县市场监督管理局", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "第二十条第（一）项",
				"申请人情况", "法人或其他组织", "四、结转下年度继续办理", "12.356800", "未经复议直接起诉", "2025年1月24日", "—1—")) {
			assertTrue(text.contains(label), "PDF text lacks " + label);
		}
	}

	private static int pageCount(Path pdf) throws Exception {
		for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
			if (line.startsWith("Pages:")) {
				return Integer.parseInt(line.substring("Pages:".length()).strip());
			}
		}
		throw new AssertionError("pdfinfo gave no page count");
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return out;
	}

	private static boolean onPath(String tool) {
		String path = System.getenv("PATH");
		return path != null
				&& Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
	}
}
