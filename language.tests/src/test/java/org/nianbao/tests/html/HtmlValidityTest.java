package org.nianbao.tests.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.tests.docx.Docs;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.cli.CommandLineRun;

/**
 * Every generated page is valid HTML5 by the Nu HTML Checker (the W3C's validator, nu.validator from Maven Central,
 * run in-process on the same schema as validator.w3.org/nu): no error and no warning.
 */
class HtmlValidityTest {

	private static SimpleDocumentValidator validator;
	private static final List<String> messages = new ArrayList<>();

	@BeforeAll
	static synchronized void setUp() throws Exception {
		if (validator != null) {
			return;
		}
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				messages.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void error(SAXParseException e) {
				messages.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				messages.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}
		};
		validator = new SimpleDocumentValidator(false, false, false);
		validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
		validator.setUpValidatorAndParsers(handler, false, false);
	}

	/** The checker's errors and warnings on a page (empty when it is valid). */
	static synchronized List<String> check(String html) throws Exception {
		if (validator == null) {
			setUp();
		}
		messages.clear();
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setEncoding("UTF-8");
		validator.checkHtmlInputSource(source);
		return List.copyOf(messages);
	}

	static Stream<String> examples() {
		return Docs.EXAMPLES.stream();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExamplesPageIsValidHtml5(String example) throws Exception {
		String page = Pages.page(Docs.generate(Docs.example(example)));
		assertEquals(List.of(), check(page));
	}

	@Test
	void thePreviewRenderingWithMarksIsValidToo() throws Exception {
		assertEquals(List.of(), check(HtmlPreviewTest.previewOfAWrongTotal()));
	}

	@Test
	void theAuditPageIsValidHtml5(@TempDir Path dir) throws Exception {
		Path audit = dir.resolve("audit.html");
		CommandLineRun.of("validate", TestFiles.root().resolve("examples").toString(), "--report", audit.toString());
		assertEquals(List.of(), check(Files.readString(audit)));
	}

	@Test
	void theCheckerDoesCatchAnInvalidPage() throws Exception {
		String page = Pages.page(Docs.generate(Docs.example("anhe-scjg-2024")));
		// a cell that spans past the table's grid, and a th with an unknown scope: both errors by HTML5's rules
		String broken = page.replaceFirst("<th scope=\"col\"", "<th scope=\"colum\"").replaceFirst("rowspan=\"",
				"rowspan=\"x");
		assertFalse(check(broken).isEmpty());
	}
}
