package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.issues.IssueCodes;

/**
 * Text as it is copied out of a PDF or converted from one: the title ends where its lines end, page numbers and
 * running headers are no text, and table 3's labels left outside a table stay table text, never sub-item headings
 * ({@code huaian-szf-2024-viewer.txt}, {@code huaian-szf-2024-pdftotext.txt}, {@code pingtan-2023-converter.md}).
 */
class CopiedTextImportTest {

	private static final List<String> PARTS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

	/** The lines of the text from part {@code from}'s heading to the next part's. */
	private static List<String> part(String text, String from) {
		String rest = text.substring(text.indexOf("\n# " + from) + 1);
		int end = rest.indexOf("\n# ");
		return (end < 0 ? rest : rest.substring(0, end)).lines().toList();
	}

	@Test
	void textCopiedFromAPdfViewer(@TempDir Path dir) throws Exception {
		// a running header at the top of every page, as many PDFs print one, between the paragraphs
		String copied = Files.readString(Imports.resource("huaian-szf-2024-viewer.txt")).replaceAll("(?m)^(-[2-6]-)$",
				"$1\n\n淮安市人民政府2024年政府信息公开工作年度报告\n");
		Importer.Result result = Imports.importFile(Imports.write(dir.resolve("huaian.txt"), copied));
		String text = result.text();
		assertTrue(text.contains("  title \"淮安市人民政府\" \"2024 年政府信息公开工作年度报告\"\n"), text);
		assertTrue(text.contains("preface\n| 本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》"), text);
		for (String part : PARTS) {
			assertTrue(text.contains("\n# " + part + "\n"), part + "\n" + text);
		}
		assertFalse(text.lines().anyMatch(l -> l.matches("\\| -[0-9]-")), text);
		assertFalse(text.contains("| 淮安市人民政府2024年政府信息公开工作年度报告"), text);
		// the tables cannot be read from cells in reading order: the import says so, and their labels are no headings
		assertEquals(3, result.errors().size(), result.errors().toString());
		for (String part : PARTS.subList(1, 4)) {
			List<String> lines = part(text, part);
			assertFalse(lines.stream().anyMatch(l -> l.startsWith("#") && !l.startsWith("# ")), part + "\n" + lines);
			assertTrue(lines.stream().anyMatch(l -> l.startsWith("// ")), part + "\n" + lines);
		}
		List<String> three = part(text, PARTS.get(2));
		assertTrue(three.containsAll(List.of("// （一）予以公开", "// （三）不", "// 予公开", "// 商业企", "// 业")), three.toString());
		assertFalse(three.stream().anyMatch(l -> l.startsWith("| ")), three.toString());
		List<String> codes = Imports.validate(Imports.write(dir.resolve("huaian.nianbao"), text)).stream()
				.map(Issue::getCode).toList();
		assertFalse(codes.stream().anyMatch(c -> c.startsWith("item-")), codes.toString());
		assertFalse(codes.contains(IssueCodes.MISSING_PART), codes.toString());
	}

	@Test
	void spaceAlignedTableLabelsStayInTheTable(@TempDir Path dir) throws Exception {
		Importer.Result result = Imports
				.importFile(Files.copy(Imports.resource("huaian-szf-2024-pdftotext.txt"), dir.resolve("h.txt")));
		for (String part : PARTS.subList(1, 4)) {
			List<String> lines = part(result.text(), part);
			assertFalse(lines.stream().anyMatch(l -> l.startsWith("#") && !l.startsWith("# ")), part + "\n" + lines);
		}
	}

	@Test
	void converterMarkdownGroupLabelsBetweenTablesAreNoSubItems(@TempDir Path dir) throws Exception {
		// a converter that set table 3's group labels apart where the table broke over a page
		String md = Files.readString(Imports.resource("pingtan-2023-converter.md")).replace(
				"\n\n| | （四）无法提供 | 1.本机关不掌握相关政府信息",
				"\n\n**（四）无法提供**\n\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\n| | （四）无法提供 | 1.本机关不掌握相关政府信息");
		Importer.Result result = Imports.importFile(Imports.write(dir.resolve("平潭.md"), md));
		List<String> lines = part(result.text(), PARTS.get(2));
		assertFalse(lines.stream().anyMatch(l -> l.startsWith("## ") || l.startsWith("| ")), lines.toString());
		assertTrue(lines.contains("// （四）无法提供"), lines.toString());
		assertTrue(result.warnings().stream().anyMatch(w -> w.message().startsWith("表格的文字（行名、数字）出现在表格之外")),
				result.warnings().toString());
		assertEquals(List.of(), result.errors());
	}
}
