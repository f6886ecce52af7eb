package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.importer.ImportWarning;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.TestFiles;

/**
 * Tables printed without any ruling line (anhe-scjg-2024-chromium-borderless-p3-6.pdf: the example's web page
 * with its table borders removed, printed by Chromium; see SOURCES.md): read by the layout reader from the
 * glyphs' x positions. Every figure of tables 2, 3 and 4 comes out as the example has it, also where the PDF's
 * text runs a vertical group label into the row label beside it ("（三）不4.保护第三方合法权益") or a long
 * wrapped label into its first figure ("行政机关不再处理其政府信息公开 1").
 */
class PdfWithoutRulingsTest {

	@Test
	void everyFigureIsReadAsPrinted(@TempDir Path dir) {
		Path target = dir.resolve("borderless.nianbao");
		Importer.Result result = Imports.importInto(Imports.resource("anhe-scjg-2024-chromium-borderless-p3-6.pdf"),
				target);
		Map<String, String> expected = Imports
				.figures(LoadedReport.of(TestFiles.root().resolve("examples/anhe-scjg-2024.nianbao")).evaluation());
		Map<String, String> read = Imports.figures(LoadedReport.of(target).evaluation());
		TreeSet<String> differing = new TreeSet<>();
		expected.forEach((key, value) -> {
			if (!value.equals(read.get(key))) {
				differing.add(key + ": " + value + " ≠ " + read.get(key));
			}
		});
		assertEquals(List.of(), List.copyOf(differing), result.warnings() + "\n" + result.text());
		assertEquals(expected.keySet(), read.keySet());
		// every row of table 3 has its seven figures: none counted short or long
		assertEquals(List.of(),
				result.warnings().stream().map(ImportWarning::message).filter(m -> m.contains("个数")).toList());
		// the two rows whose spans ran together, and two cells joined into one figure ("1 41" → 141) would show here
		for (String line : List.of("第三方合法权益 +2 1 0 0 0 0 3", "内部事务信息 +1 0 0 0 0 0 1", "公开出版物 +0 0 0 0 0 0 0",
				"逾期不补正 +1 0 0 0 0 0 1", "逾期未缴费 +0 0 0 0 0 0 0", "本年新收 +33 5 0 0 2 1 41")) {
			assertTrue(result.text().lines().anyMatch(l -> l.matches(line)), line + "\n" + result.text());
		}
	}
}
