package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.importer.ImportWarning;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.TestFiles;

/**
 * Tables printed without any ruling line (anhe-scjg-2024-chromium-borderless-p3-6.pdf: the example's web page
 * with its table borders removed, printed by Chromium; see SOURCES.md): read by the layout reader from the
 * glyphs' x positions. Tables 2 and 4 come out whole; every row of table 3 either has the example's figures or a
 * warning naming it (a vertical group label set close to the row labels, a figure standing against a long
 * wrapped label): never a figure moved into another row's or column's place without saying so.
 */
class PdfWithoutRulingsTest {

	@Test
	void everyFigureIsReadOrItsRowIsReported(@TempDir Path dir) {
		Path target = dir.resolve("borderless.nianbao");
		Importer.Result result = Imports.importInto(Imports.resource("anhe-scjg-2024-chromium-borderless-p3-6.pdf"), target);
		Map<String, String> expected = Imports.figures(LoadedReport.of(TestFiles.root().resolve("examples/anhe-scjg-2024.nianbao")).evaluation());
		Map<String, String> read = Imports.figures(LoadedReport.of(target).evaluation());
		TreeSet<String> differing = new TreeSet<>();
		expected.forEach((key, value) -> {
			if (!value.equals(read.get(key))) {
				differing.add(key.substring(0, key.lastIndexOf('/')));
			}
		});
		List<String> unreported = new ArrayList<>();
		for (String row : differing) {
			assertTrue(row.startsWith("依申请公开表/"), "tables 2 and 4 are read whole: " + differing + "\n" + result.text());
			String name = row.substring(row.indexOf('/') + 1);
			if (result.warnings().stream().map(ImportWarning::message).noneMatch(m -> m.contains(label(name)))) {
				unreported.add(row);
			}
		}
		assertEquals(List.of(), unreported, result.warnings() + "\n" + result.text());
		// two cells joined into one figure ("1 41" → 141) or a figure dropped would show here, unreported
		assertTrue(differing.size() <= 5, differing + "\n" + result.text());
		assertTrue(result.text().contains("\n本年新收                      33 5 0 0 2 1 41\n"), result.text());
	}

	/** The printed label of a row of table 3 as the form has it, without its number ("4.保护第三方合法权益" → 保护第三方合法权益). */
	private static String label(String name) {
		Table table = Imports.nationalForm().getTables().stream().filter(t -> t.getName().equals("依申请公开表")).findFirst().orElseThrow();
		Row row = Forms.leafRows(table).stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
		return (row.getLabel() == null ? name : row.getLabel()).replaceFirst("^[0-9]+\\.", "");
	}
}
