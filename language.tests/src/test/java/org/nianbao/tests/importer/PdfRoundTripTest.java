package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.importer.Importer;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.TestFiles;

/**
 * PDFs written by other tools' PDF writers import to the same figures as their source: the examples' generated
 * Word documents converted by LibreOffice (one committed, the others made when soffice is installed), and the
 * Pingtan portal pages printed by headless Chromium (when installed) against importing the pages themselves.
 */
class PdfRoundTripTest {

	@Test
	void aLibreOfficePdfOfAnExampleHasItsFiguresAndProse(@TempDir Path dir) {
		Path example = TestFiles.root().resolve("examples/anhe-scjg-2024.nianbao");
		assertSameAs(example, Imports.resource("anhe-scjg-2024-libreoffice.pdf"), dir);
	}

	static Stream<Path> examples() throws IOException {
		return ImportRoundTripTest.examples();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleThroughLibreOfficeHasItsFiguresAndProse(Path example, @TempDir Path dir) throws Exception {
		Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
		Path docx = dir.resolve(example.getFileName().toString().replace(".nianbao", ".docx"));
		Files.write(docx, LoadedReport.of(example).docx());
		run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--convert-to",
				"pdf",
				"--outdir", dir.toString(), docx.toString());
		assertSameFigures(example, dir.resolve(docx.getFileName().toString().replace(".docx", ".pdf")), dir);
	}

	@ParameterizedTest
	@ValueSource(strings = {"pingtan-2022.html", "pingtan-2023.html"})
	void aPortalPagePrintedByChromiumHasThePagesFigures(String page, @TempDir Path dir) throws Exception {
		Assumptions.assumeTrue(onPath("chromium"), "Chromium is not installed");
		// without one, Chromium prints the Chinese as empty boxes and the PDF has no text to import
		Assumptions.assumeTrue(chineseFontInstalled(), "no Chinese font is installed (fonts-noto-cjk)");
		Path pdf = dir.resolve(page.replace(".html", ".pdf"));
		run(dir, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + dir.resolve("profile"),
				"--print-to-pdf=" + pdf, Imports.resource(page).toUri().toString());
		Importer.Result fromPage = Imports.importInto(Imports.resource(page), dir.resolve("page.nianbao"));
		Importer.Result fromPdf = Imports.importInto(pdf, dir.resolve("pdf.nianbao"));
		assertEquals(Imports.figures(LoadedReport.of(dir.resolve("page.nianbao")).evaluation()),
				Imports.figures(LoadedReport.of(dir.resolve("pdf.nianbao")).evaluation()),
				fromPage.text() + "\n----\n" + fromPdf.text());
	}

	private static void assertSameAs(Path example, Path pdf, Path dir) {
		LoadedReport[] reports = assertSameFigures(example, pdf, dir);
		// prose as one text: the printed lines of a paragraph may come as one paragraph or several
		assertEquals(prose(reports[0]), prose(reports[1]));
	}

	/**
	 * The example and its PDF's import, whose figures are the same. Prose is compared only for the committed PDF:
	 * LibreOffice 7.4 leaves out a full stop that ends a line flush with the margin (gaocheng-2024, 质效提升。;
	 * poppler's pdftotext finds none either), which no reader can bring back.
	 */
	private static LoadedReport[] assertSameFigures(Path example, Path pdf, Path dir) {
		LoadedReport original = LoadedReport.of(example);
		Importer.Result result = Imports.importInto(pdf, dir.resolve("imported.nianbao"));
		LoadedReport imported = LoadedReport.of(dir.resolve("imported.nianbao"));
		assertTrue(imported.resource().getErrors().isEmpty(),
				() -> imported.resource().getErrors() + "\n" + result.text());
		assertEquals(Imports.figures(original.evaluation()), Imports.figures(imported.evaluation()), result.text());
		return new LoadedReport[]{original, imported};
	}

	/** The document's paragraphs as one text; the generator's non-breaking hyphen (0123‑4567890) is a hyphen in a PDF's text. */
	private static String prose(LoadedReport report) {
		List<String> text = Imports.documentText(report.document());
		return String.join("", text.stream().filter(t -> !t.contains(" | ")).toList()).replaceAll("\\s+", "")
				.replace('\u2011', '-');
	}

	private static boolean onPath(String tool) {
		return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
				.anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
	}

	private static boolean chineseFontInstalled() throws Exception {
		if (!onPath("fc-list")) {
			return false;
		}
		Process process = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
		String fonts = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && !fonts.isBlank();
	}

	private static void run(Path dir, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("tool.log").toFile()).start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
		assertEquals(0, process.exitValue(), Files.readString(dir.resolve("tool.log")));
	}
}
