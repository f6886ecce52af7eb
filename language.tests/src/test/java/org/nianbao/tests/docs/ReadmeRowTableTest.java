package org.nianbao.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Table;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/**
 * The README's table of the national form's row and column names beside their printed labels is the built-in
 * form's, name for name and label for label, in the form's order: it cannot drift from the form.
 */
class ReadmeRowTableTest {

	/** {@code #### 表三 收到和处理政府信息公开申请情况}: the form's table by its label. */
	private static final Pattern TABLE_HEADING = Pattern.compile("^#### 表[二三四] (.+)$");
	/** {@code | `本年新收` | `一、本年新收政府信息公开申请数量` | …}; a label cell without backticks is an empty label. */
	private static final Pattern ENTRY = Pattern.compile("^\\| `([^`]+)` \\| (?:`([^`]*)`|[^|]*) \\|");
	private static final String NO_LABEL = "*(none)*";

	@Test
	void everyRowAndColumnNameStandsBesideItsPrintedLabel() throws IOException {
		Form form = (Form) Validation.parse(ReportText.nationalForm()).getContents().get(0);
		Map<String, Map<String, List<String>>> readme = readmeTables();
		List<String> tableLabels = new ArrayList<>();
		for (Table table : form.getTables()) {
			tableLabels.add(table.getLabel());
			Map<String, List<String>> written = readme.get(table.getLabel());
			assertTrue(written != null, "README has no table headed “#### 表… " + table.getLabel() + "”");
			assertEquals(Forms.leafRows(table).stream().map(r -> r.getName() + " → " + r.getLabel()).toList(),
					written.getOrDefault("Row", List.of()), "rows of " + table.getLabel());
			assertEquals(Forms.leafColumns(table).stream().map(c -> c.getName() + " → " + c.getLabel()).toList(),
					written.getOrDefault("Column", List.of()), "columns of " + table.getLabel());
		}
		assertEquals(tableLabels, List.copyOf(readme.keySet()), "the README's tables, in the form's order");
	}

	/** Table label → kind ("Row" or "Column", from the header cell) → "name → label" in the README's order. */
	private static Map<String, Map<String, List<String>>> readmeTables() throws IOException {
		Path readme = TestFiles.examples().getParent().resolve("README.md");
		Map<String, Map<String, List<String>>> tables = new LinkedHashMap<>();
		Map<String, List<String>> current = null;
		String kind = null;
		for (String line : Files.readAllLines(readme)) {
			Matcher heading = TABLE_HEADING.matcher(line);
			if (heading.matches()) {
				current = new LinkedHashMap<>();
				tables.put(heading.group(1).trim(), current);
				kind = null;
			} else if (line.startsWith("#")) {
				current = null;
			} else if (current != null && (line.startsWith("| Row |") || line.startsWith("| Column |"))) {
				kind = line.startsWith("| Row |") ? "Row" : "Column";
			} else if (current != null && kind != null) {
				Matcher entry = ENTRY.matcher(line);
				if (entry.find()) {
					String label = entry.group(2);
					if (label == null) {
						assertTrue(line.contains(NO_LABEL), "a label cell is `label` or " + NO_LABEL + ": " + line);
						label = "";
					}
					current.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry.group(1) + " → " + label);
				}
			}
		}
		return tables;
	}
}
