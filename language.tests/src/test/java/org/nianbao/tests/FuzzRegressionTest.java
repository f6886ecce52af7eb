package org.nianbao.tests;

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

/** Each crash the fuzz test ({@link FuzzTest}) found, as the smallest input that showed it. */
class FuzzRegressionTest {

	/**
	 * Fuzz mutant 5758226688120312373 (lone-cr): Xtext read one character past a text ending in a lone CR while
	 * placing a syntax error at the end of the file, logged the exception and lost the diagnostic.
	 */
	@Test
	void aSyntaxErrorAtTheEndOfAFileEndingInALoneCrIsReported() {
		try (ErrorLog log = ErrorLog.capture()) {
			List<Issue> issues = Validation.issues("report\r");
			assertTrue(issues.stream().anyMatch(i -> "syntax-error".equals(i.getCode()) && i.getLineNumber() == 1),
					Validation.describe(issues));
			issues = Validation.issues("report X organ\r");
			assertTrue(issues.stream().anyMatch(i -> "syntax-error".equals(i.getCode()) && i.getMessage().contains("文件结尾")),
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
		String text = ValidationCodesTest.BASE.replace("organ \"安和县市场监督管理局\"", "organ \"安和县市场\u0001监督管理局\u000B\"")
				.replace("# 一、总体情况", "# 一、总体\u001B情况");
		assertTrue(text.contains("\u0001") && text.contains("\u001B"));
		Resource resource = Validation.parse(text);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Validation.INJECTOR.getInstance(DocxGenerator.class).write((Report) resource.getContents().get(0), out);
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
}
