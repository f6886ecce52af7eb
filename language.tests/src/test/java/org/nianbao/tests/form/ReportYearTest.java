package org.nianbao.tests.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.form.ReportYear;
import org.nianbao.tests.support.TestFiles;

/** One rule says what a report's year may be: the server's and the extension's are held to the same cases. */
class ReportYearTest {

	@Test
	void theServerAcceptsTheYearsTheExtensionAccepts() throws IOException {
		List<String[]> cases = Files.readAllLines(TestFiles.root().resolve("vscode-extension/test/report-years.tsv"))
				.stream()
				.filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
		assertTrue(cases.size() >= 8, "the shared fixture lost its cases");
		for (String[] c : cases) {
			assertEquals(c[1].equals("yes"), ReportYear.isYear(c[0]), c[0]);
		}
	}
}
