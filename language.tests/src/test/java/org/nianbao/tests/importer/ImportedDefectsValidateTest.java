package org.nianbao.tests.importer;

import org.nianbao.issues.IssueCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.Validation;

/**
 * What an auditor gets from {@code import && validate}: the imported text always parses, and every defect the
 * published report has is an error or warning of the checker, not repaired on the way.
 */
class ImportedDefectsValidateTest {

	private static List<Issue> validate(String resource, Path dir) {
		Importer.Result result = Imports.importFile(Imports.resource(resource));
		LoadedReport loaded = LoadedReport.of(Imports.write(dir.resolve("imported.nianbao"), result.text()));
		assertTrue(loaded.resource().getErrors().stream().noneMatch(e -> e.getMessage().startsWith("语法错误")),
				() -> loaded.resource().getErrors() + "\n" + result.text());
		return Validation.issues(loaded.resource());
	}

	private static Set<String> codes(List<Issue> issues) {
		Set<String> codes = new TreeSet<>();
		issues.forEach(i -> codes.add(i.getCode()));
		return codes;
	}

	@Test
	void theDefectsOfAReal2020StylePageAllShow(@TempDir Path dir) {
		List<Issue> issues = validate("donghe-wenlv-2020-gbk.html", dir);
		Set<String> codes = codes(issues);
		for (String expected : List.of(IssueCodes.UNKNOWN_ROW, IssueCodes.PLACEHOLDER_VALUE, IssueCodes.BLANK_CELL,
				IssueCodes.HEADING_MISNUMBERED,
				IssueCodes.HEADING_MISLABELLED)) {
			assertTrue(codes.contains(expected), expected + " not in " + codes + "\n" + issues);
		}
		// table 3 printed without its 其他 column: its rows are short (named on the table when the sums single
		// the column out; here the / and blank cells keep them from doing so, so each row says it)
		assertTrue(codes.contains(IssueCodes.MISSING_COLUMN)
				|| issues.stream().filter(i -> IssueCodes.WRONG_VALUE_COUNT.equals(i.getCode()))
						.filter(i -> i.getMessage().contains("其他")).count() >= 20,
				issues::toString);
	}

	@Test
	void theBlankWpsFormIsAllBlankCells(@TempDir Path dir) {
		List<Issue> issues = validate("format-template-wps.docx", dir);
		long blanks = issues.stream().filter(i -> IssueCodes.BLANK_CELL.equals(i.getCode())).count();
		// 6 + 2 (table 2) + 25 × 7 (table 3) + 15 (table 4) cells, every one printed empty
		assertEquals(2 * 3 + 4 + 25 * 7 + 15, blanks, issues.toString());
		assertTrue(codes(issues).contains(IssueCodes.MISSING_ORGAN), codes(issues).toString());
	}

	@Test
	void thePingtanPagesImportWithoutAnyTableError(@TempDir Path dir) {
		for (String page : List.of("pingtan-2022.html", "pingtan-2023.html")) {
			List<Issue> issues = validate(page, dir);
			List<Issue> tableErrors = issues.stream().filter(i -> i.getCode() != null && (i.getCode().contains("row")
					|| i.getCode().contains("cell") || i.getCode().contains("total") || i.getCode().contains("column")
					|| i.getCode().contains("value") || i.getCode().equals(IssueCodes.RULE_VIOLATED))).toList();
			assertEquals(List.of(), tableErrors, page);
		}
	}
}
