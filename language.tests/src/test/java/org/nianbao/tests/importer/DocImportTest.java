package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.importer.Importer;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.TestFiles;

/**
 * Old binary Word (.doc) as LibreOffice writes it (Word 97-2003 format), from two generated examples and from a
 * portal page's Word file: imported through HWPF to the same report as the .docx it was saved from.
 */
class DocImportTest {

	private static String body(Importer.Result result) {
		return result.text().substring(result.text().indexOf('\n') + 1); // the first line names the source file
	}

	private static List<String> lines(String text, String pattern) {
		return text.lines().filter(l -> l.matches(pattern)).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = {"anhe-scjg-2024", "hexi-2024"})
	void aDocSavedFromAGeneratedDocumentImportsAsTheExample(String example, @TempDir Path dir) throws IOException {
		Path doc = Files.copy(Imports.resource(example + ".doc"), dir.resolve(example + ".doc"));
		Importer.Result fromDoc = Imports.importInto(doc, dir.resolve("from-doc.nianbao"));
		Path examplePath = TestFiles.root().resolve("examples")
				.resolve((example.startsWith("hexi") ? "county/" : "") + example + ".nianbao");
		LoadedReport original = LoadedReport.of(examplePath);
		LoadedReport imported = LoadedReport.of(dir.resolve("from-doc.nianbao"));
		assertTrue(fromDoc.warnings().isEmpty(), fromDoc.warnings()::toString);
		assertEquals(Imports.figures(original.evaluation()), Imports.figures(imported.evaluation()), fromDoc.text());
		assertEquals(Imports.documentText(original.document()), Imports.documentText(imported.document()),
				fromDoc.text());
		assertEquals(Imports.images(original.document()), Imports.images(imported.document()), fromDoc.text());
	}

	@Test
	void theDocAndTheDocxOfAPortalPageGiveTheSameFiguresAndHeadings() {
		Importer.Result doc = Imports.importFile(Imports.resource("pingtan-2023-libreoffice.doc"));
		Importer.Result docx = Imports.importFile(Imports.resource("pingtan-2023-libreoffice.docx"));
		String rows = "^([^|#/\\s]\\S*)\\s+[0-9/_—-].*$";
		assertTrue(lines(doc.text(), rows).size() > 25, doc.text());
		assertEquals(lines(docx.text(), rows), lines(doc.text(), rows));
		assertEquals(lines(docx.text(), "^#.*$"), lines(doc.text(), "^#.*$"));
		// the page's links are HYPERLINK fields and its logo an INCLUDEPICTURE field: codes are never text
		assertFalse(doc.text().contains("HYPERLINK") || doc.text().contains("INCLUDEPICTURE"), doc.text());
		// bullets the Symbol font draws are numbering, not text (the .docx reader leaves them out as well)
		assertFalse(doc.text().chars().anyMatch(c -> c >= 0xF000 && c <= 0xF0FF), doc.text());
	}

	@Test
	void aDocSavedUnderTheNameDocxIsReadAsADoc(@TempDir Path dir) throws IOException {
		Path renamed = Files.copy(Imports.resource("anhe-scjg-2024.doc"), dir.resolve("anhe-scjg-2024.docx"));
		assertEquals(body(Imports.importFile(Imports.resource("anhe-scjg-2024.doc"))),
				body(Imports.importFile(renamed)));
	}

	@Test
	void theDocsImageIsSavedBesideTheReport(@TempDir Path dir) throws IOException {
		Path doc = Files.copy(Imports.resource("hexi-2024.doc"), dir.resolve("hexi-2024.doc"));
		Importer.Result result = Imports.importInto(doc, dir.resolve("hexi-2024.nianbao"));
		assertTrue(result.text().contains("image \"hexi-2024-图片/图1.png\" \"图1 2024年河西镇主动公开政府信息分布\"\n"), result.text());
		assertArrayEquals(Files.readAllBytes(TestFiles.root().resolve("examples/county/hexi-2024-charts/active.png")),
				Files.readAllBytes(dir.resolve("hexi-2024-图片/图1.png")));
	}
}
