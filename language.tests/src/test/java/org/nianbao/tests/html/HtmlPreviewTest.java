package org.nianbao.tests.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.html.RenderOptions;
import org.nianbao.html.RenderOptions.Mark;
import org.nianbao.html.RenderOptions.Severity;
import org.nianbao.html.ReportHtml;
import org.nianbao.tests.docx.Docs;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.nianbao.tests.support.Validation;

/** What the editor's preview gets from the same renderer: source lines on every element, diagnostics marked. */
class HtmlPreviewTest {

	private static Path wrongTotal;

	/** anhe-scjg-2024 with 予以公开's 总计 written 20 instead of 19, beside its last year's report. */
	static Docs.Generated wrongTotal() {
		try {
			if (wrongTotal == null) {
				Path dir = Files.createTempDirectory("nianbao-preview");
				Files.copy(Docs.example("anhe-scjg-2023"), dir.resolve("anhe-scjg-2023.nianbao"));
				String text = Files.readString(Docs.example("anhe-scjg-2024"));
				String wrong = text.replaceFirst("(?m)^予以公开(\\s+)14 3 0 0 1 1 19$", "予以公开$114 3 0 0 1 1 20");
				assertFalse(wrong.equals(text));
				wrongTotal = Files.writeString(dir.resolve("wrong.nianbao"), wrong);
			}
			return Docs.generate(wrongTotal);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String previewOfAWrongTotal() {
		Docs.Generated generated = wrongTotal();
		List<Issue> issues = Validation.issues(generated.report().eResource());
		List<Mark> marks = issues.stream().map(i -> new Mark(i.getOffset(), i.getLength(),
				Severity.valueOf(i.getSeverity().name()), i.getMessage())).toList();
		assertFalse(marks.isEmpty());
		return ReportHtml.page(generated.evaluation(), RenderOptions.preview(marks));
	}

	@Test
	void theWrongTotalsCellIsMarkedWithItsMessageAndItsSourceLine() throws IOException {
		Document page = Pages.parse(previewOfAWrongTotal());
		List<Element> marked = Pages.elements(page.getDocumentElement(), "td").stream()
				.filter(td -> td.getAttribute("class").contains("mark-error")).toList();
		// the wrong 总计 is marked; so may be a written total of its column that no longer adds up, nothing else
		assertEquals("20", marked.get(0).getTextContent());
		assertTrue(marked.stream().allMatch(td -> td.getAttribute("title").startsWith("合计不符")), marked.toString());
		Element cell = marked.get(0);
		assertEquals("20", cell.getTextContent());
		assertTrue(cell.getAttribute("title").contains("19"), cell.getAttribute("title"));
		int line = Files.readAllLines(wrongTotal).indexOf(Files.readAllLines(wrongTotal).stream()
				.filter(l -> l.startsWith("予以公开")).findFirst().orElseThrow()) + 1;
		assertEquals(String.valueOf(line), cell.getAttribute("data-line"));
		assertEquals(String.valueOf(line), ((Element) cell.getParentNode()).getAttribute("data-line"), "and its row");
	}

	@Test
	void partsParagraphsAndHeadingsCarryTheirLines() {
		Document page = Pages.parse(previewOfAWrongTotal());
		Element h2 = Pages.elements(page.getDocumentElement(), "h2").get(0);
		assertEquals("一、总体情况", h2.getTextContent());
		assertFalse(h2.getAttribute("data-line").isEmpty());
		assertTrue(Pages.elements(page.getDocumentElement(), "p").stream()
				.filter(p -> !p.getAttribute("class").equals("organ") && !p.getAttribute("class").equals("date"))
				.allMatch(p -> !p.getAttribute("data-line").isEmpty()));
	}

	@Test
	void thePublishedPageHasNeitherLinesNorMarks() {
		String page = Pages.page(wrongTotal());
		assertFalse(page.contains(" data-line=") || page.contains(" data-offset=") || page.contains("mark-error\"")
				|| page.contains("mark-error ") || page.contains(" title="));
	}
}
