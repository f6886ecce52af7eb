package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.importer.Importer;
import org.nianbao.html.HtmlWriter;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.TestInjector;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import com.google.inject.Inject;

/**
 * For every example: generate its Word document, import that document, and the imported report has the same
 * figures, and generating it gives the same document text (title, preface, contact, headings, prose with its
 * cited figures, every table cell, closing signature) and the same images.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TestInjector.class)
class ImportRoundTripTest {

	@Inject
	private HtmlWriter htmlWriter;

	static Stream<Path> examples() throws IOException {
		Path examples = TestFiles.root().resolve("examples");
		try (Stream<Path> files = Stream.concat(Files.list(examples), Files.list(examples.resolve("county")))) {
			return files.filter(f -> f.toString().endsWith(".nianbao")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void generateThenImportGivesTheSameReport(Path example, @TempDir Path dir) throws IOException {
		LoadedReport original = LoadedReport.of(example);
		Path docx = dir.resolve(example.getFileName().toString().replace(".nianbao", ".docx"));
		Files.write(docx, original.docx());

		Importer.Result result = Imports.importInto(docx, dir.resolve("imported.nianbao"));
		LoadedReport imported = LoadedReport.of(dir.resolve("imported.nianbao"));

		assertTrue(imported.resource().getErrors().isEmpty(), () -> "imported text does not parse: "
				+ imported.resource().getErrors() + "\n" + result.text());
		assertTrue(result.warnings().isEmpty(),
				() -> "a generated document differs from the form: " + result.warnings());
		assertEquals(Imports.figures(original.evaluation()), Imports.figures(imported.evaluation()), result.text());
		assertEquals(Imports.documentText(original.document()), Imports.documentText(imported.document()),
				result.text());
		assertEquals(Imports.images(original.document()), Imports.images(imported.document()), result.text());
	}

	/** The same through the web page our own HTML export writes (the page a portal would publish). */
	@ParameterizedTest
	@MethodSource("examples")
	void exportHtmlThenImportGivesTheSameFigures(Path example, @TempDir Path dir) throws IOException {
		LoadedReport original = LoadedReport.of(example);
		Path html = dir.resolve(example.getFileName().toString().replace(".nianbao", ".html"));
		try (var out = Files.newOutputStream(html)) {
			htmlWriter.write(original.report(), out);
		}
		Importer.Result result = Imports.importInto(html, dir.resolve("imported.nianbao"));
		LoadedReport imported = LoadedReport.of(dir.resolve("imported.nianbao"));
		assertTrue(imported.resource().getErrors().isEmpty(),
				() -> imported.resource().getErrors() + "\n" + result.text());
		assertEquals(Imports.figures(original.evaluation()), Imports.figures(imported.evaluation()), result.text());
		assertEquals(Imports.documentText(original.document()), Imports.documentText(imported.document()),
				result.text());
		assertEquals(Imports.images(original.document()), Imports.images(imported.document()), result.text());
	}
}
