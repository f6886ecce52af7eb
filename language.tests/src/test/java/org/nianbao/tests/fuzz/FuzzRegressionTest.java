package org.nianbao.tests.fuzz;

import org.nianbao.issues.IssueCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.docx.DocxGenerator;
import org.nianbao.docx.XmlText;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.support.ErrorLog;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.TestInjector;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import com.google.inject.Inject;
import org.nianbao.tests.support.ReportText;

/** Each crash the fuzz test ({@link FuzzTest}) found, as the smallest input that showed it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TestInjector.class)
class FuzzRegressionTest {

	@Inject
	private DocxGenerator generator;

	/**
	 * Fuzz mutant 5758226688120312373 (lone-cr): Xtext read one character past a text ending in a lone CR while
	 * placing a syntax error at the end of the file, logged the exception and lost the diagnostic.
	 */
	@Test
	void aSyntaxErrorAtTheEndOfAFileEndingInALoneCrIsReported() {
		try (ErrorLog log = ErrorLog.capture()) {
			List<Issue> issues = Validation.issues("report\r");
			assertTrue(
					issues.stream()
							.anyMatch(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode()) && i.getLineNumber() == 1),
					Validation.describe(issues));
			issues = Validation.issues("report X organ\r");
			assertTrue(
					issues.stream().anyMatch(
							i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode()) && i.getMessage().contains("文件结尾")),
					Validation.describe(issues));
			assertEquals(List.of(), log.entries());
		}
	}

	/**
	 * Control characters (pasted from other programs) are not allowed in XML: XMLBeans printed them as “?”. The
	 * generator drops them; the rest of the text stays.
	 */
	@Test
	void controlCharactersInTextAreDroppedFromTheDocument() throws IOException {
		String text = ReportText.ANHE_2024.replace("organ \"安和县市场监督管理局\"", "organ \"安和县市场\u0001监督管理局\u000B\"")
				.replace("# 一、总体情况", "# 一、总体\u001B情况");
		assertTrue(text.contains("\u0001") && text.contains("\u001B"));
		Resource resource = Validation.parse(text);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		generator.write((Report) resource.getContents().get(0), out);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertTrue(paragraphs.contains("安和县市场监督管理局"), paragraphs.toString());
			assertTrue(paragraphs.contains("一、总体情况"), paragraphs.toString());
			assertFalse(paragraphs.stream().anyMatch(p -> p.contains("?") || p.chars().anyMatch(c -> c < 0x20)),
					paragraphs.toString());
		}
	}

	@Test
	void xmlTextKeepsEverythingXmlAllows() {
		assertEquals("a\tb\nc安😀", XmlText.clean("a\tb\nc安😀"));
		assertEquals("ab", XmlText.clean("a\u0000\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800b\uDC00"));
	}

	/**
	 * Fuzz mutants 8946573476341609293 and 2164432511095956979 (once completion ran on two threads): Xtext's
	 * proposal conflict helper keeps its lexers in fields of one shared instance, so completion requests answered at
	 * the same time failed inside the lexer (IndexOutOfBounds, NullPointerException). Many completions on two threads.
	 */
	@Test
	void completionRequestsAnsweredAtTheSameTimeDoNotFail() throws Exception {
		String text = TestFiles.read(TestFiles.examples().resolve("anhe-scjg-2023.nianbao"));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
			for (int t = 0; t < 2; t++) {
				runs.add(pool.submit(() -> {
					org.eclipse.xtext.resource.XtextResource resource = (org.eclipse.xtext.resource.XtextResource) FuzzIdeServices
							.resourceSet()
							.createResource(org.eclipse.emf.common.util.URI.createURI("memory:/completion.nianbao"));
					resource.load(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
							null);
					org.eclipse.xtext.ide.server.Document document = new org.eclipse.xtext.ide.server.Document(1, text);
					var service = FuzzIdeServices.IDE
							.getInstance(org.eclipse.xtext.ide.server.contentassist.ContentAssistService.class);
					var id = new org.eclipse.lsp4j.TextDocumentIdentifier("memory:/completion.nianbao");
					int proposals = 0;
					for (int i = 0; i < 600; i++) {
						// right after a token: every keyword proposed here is checked for a conflict with it
						int offset = i % 2 == 0
								? text.indexOf("year 2023") + "year 2023".length()
								: text.indexOf("year") + 2;
						proposals += service.createCompletionList(document, resource,
								new org.eclipse.lsp4j.CompletionParams(id, document.getPosition(offset)),
								org.eclipse.xtext.util.CancelIndicator.NullImpl).getItems().size();
					}
					return proposals;
				}));
			}
			for (var run : runs) {
				assertTrue(run.get() > 0, "completion proposed something");
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
