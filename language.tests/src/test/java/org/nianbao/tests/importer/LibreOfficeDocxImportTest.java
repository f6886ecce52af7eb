package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.importer.Importer;

/** A Word file written by LibreOffice from the portal page imports to the same parts and figures as the page. */
class LibreOfficeDocxImportTest {

	private static List<String> lines(String text, String pattern) {
		return text.lines().filter(l -> l.matches(pattern)).toList();
	}

	@Test
	void theLibreOfficeDocumentHasThePagesFiguresAndHeadings() {
		Importer.Result page = Imports.importFile(Imports.resource("pingtan-2023.html"));
		Importer.Result word = Imports.importFile(Imports.resource("pingtan-2023-libreoffice.docx"));
		String rows = "^([^|#/\\s]\\S*)\\s+[0-9/_—-].*$"; // table rows; the Word file has no article container, so the
		// portal's navigation line comes in as preface (kept, as printed)
		List<String> figures = lines(page.text(), rows);
		assertTrue(figures.size() > 25, page.text());
		assertEquals(figures, lines(word.text(), rows));
		assertEquals(lines(page.text(), "^##? .*$"), lines(word.text(), "^##? .*$"));
		// the page's footer (outside the article, so not in the page's import) is in the Word file, its h3 a Heading 3
		assertEquals(List.of("### 新媒体矩阵"), lines(word.text(), "^###.*$"));
		assertTrue(word.text().contains("\n案件数 1 1 0 0 2 4 0 0 1 5 1 0 1 0 2\n"), word.text());
	}
}
