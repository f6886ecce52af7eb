package org.nianbao.tests.audit;

import org.nianbao.issues.IssueCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.CommandLineRun;
import org.nianbao.tests.support.TestFiles;

/** The audit page counts the warnings a person explained apart from the warnings, and shows every reason. */
class AuditExplainedTest {

	@Test
	void explainedWarningsAreCountedApartAndTheirReasonsShown(@TempDir Path dir) throws IOException {
		Files.copy(TestFiles.examples().resolve("anhe-scjg-2023.nianbao"), dir.resolve("anhe-scjg-2023.nianbao"));
		// a transcribed figure in full-width digits (explained) and a late date (not explained)
		Files.writeString(dir.resolve("anhe-scjg-2024.nianbao"),
				Files.readString(TestFiles.examples().resolve("anhe-scjg-2024.nianbao"))
						.replace("行政许可       3186", "行政许可       ３１８６ // 已核实 full-width-digits：照原件录入")
						.replace("published 2025-01-24", "published 2025-02-15"));
		Path page = dir.resolve("audit.html");
		CommandLineRun run = CommandLineRun.of("validate", dir.toString(), "--report", page.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		String html = Files.readString(page);
		assertTrue(html.contains("<li id=\"count-explained\"><span class=\"number\">1</span>"),
				"one explained warning");
		assertTrue(html.contains("<li id=\"count-clean\"><span class=\"number\">0</span>"),
				"2024 still has its late date");
		int section = html.indexOf("<section id=\"explained\">");
		String explained = html.substring(section, html.indexOf("</section>", section));
		assertTrue(explained.contains("<code>full-width-digits</code>"), explained);
		assertTrue(explained.contains("说明理由：照原件录入"), explained);
		assertFalse(explained.contains(IssueCodes.PUBLISHED_LATE), "an unexplained warning is no explained one");
		// the row: 1 warning (late), 1 explained
		assertTrue(html.matches("(?s).*data-sort=\"1\">1</td><td class=\"num\" data-sort=\"1\">1</td>.*"),
				"warnings 1, explained 1");
	}
}
