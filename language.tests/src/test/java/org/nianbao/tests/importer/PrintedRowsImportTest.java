package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.Importer;
import org.nianbao.validation.IssueCodes;

/**
 * Table rows as offices really print them (issue 24 items 5-7): table 4 as three tables, misprinted labels, a group
 * printed as one row. The reports are the committed Pingtan fixtures with one table changed the way it is printed.
 */
class PrintedRowsImportTest {

	private static final String TABLE_4_AS_ONE = """
			| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
			|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
			| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
			| 1 | 1 | 0 | 0 | 2 | 4 | 0 | 0 | 1 | 5 | 1 | 0 | 1 | 0 | 2 |
			""";

	/** As a PDF-to-Markdown converter writes a table 4 that the PDF prints as three tables, one per group. */
	private static final String TABLE_4_AS_THREE = """
			| 行政复议 | | | | |
			|---|---|---|---|---|
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
			| 1 | 1 | 0 | 0 | 2 |

			| 行政诉讼（未经复议直接起诉） | | | | |
			|---|---|---|---|---|
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
			| 4 | 0 | 0 | 1 | 5 |

			| 行政诉讼（复议后起诉） | | | | |
			|---|---|---|---|---|
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
			| 1 | 0 | 1 | 0 | 2 |
			""";

	private static Path pingtanMarkdown(Path dir, String from, String to) throws Exception {
		String text = Files.readString(Imports.resource("pingtan-2023-converter.md"));
		assertTrue(text.contains(from), "the fixture still prints " + from);
		return Imports.write(dir.resolve("pingtan-2023.md"), text.replace(from, to));
	}

	private static List<String> messages(Importer.Result result) {
		return result.warnings().stream().map(ImportWarning::message).toList();
	}

	@Test
	void tableFourPrintedAsThreeTablesIsOneRowOfFifteen(@TempDir Path dir) throws Exception {
		Path md = pingtanMarkdown(dir, TABLE_4_AS_ONE, TABLE_4_AS_THREE);
		Path target = dir.resolve("pingtan-2023.nianbao");
		Importer.Result result = Imports.importInto(md, target);
		assertTrue(result.text().contains("\n# 四、政府信息公开行政复议、行政诉讼情况\n案件数 1 1 0 0 2 4 0 0 1 5 1 0 1 0 2\n\n"),
				result.text());
		List<String> messages = messages(result);
		assertTrue(messages.contains("“案件数”一行印作 3 个表格（行政复议、未经复议直接起诉、复议后起诉），按各表头合为一行 15 个数"),
				messages::toString);
		assertTrue(messages.contains("表头印作“行政诉讼（复议后起诉）”，按“复议后起诉”读"), messages::toString);
		assertFalse(messages.stream().anyMatch(m -> m.contains("同一行")), messages::toString);
		assertFalse(Imports.validate(target).stream().anyMatch(i -> IssueCodes.DUPLICATE_ROW.equals(i.getCode())
				|| IssueCodes.WRONG_VALUE_COUNT.equals(i.getCode())));
	}

	@Test
	void threeTablesInAnotherOrderAreJoinedInTheFormsOrder(@TempDir Path dir) throws Exception {
		String reordered = TABLE_4_AS_THREE.substring(TABLE_4_AS_THREE.indexOf("| 行政诉讼（未经"))
				+ "\n" + TABLE_4_AS_THREE.substring(0, TABLE_4_AS_THREE.indexOf("| 行政诉讼（未经"));
		Importer.Result result = Imports.importFile(pingtanMarkdown(dir, TABLE_4_AS_ONE, reordered));
		assertTrue(result.text().contains("\n案件数 1 1 0 0 2 4 0 0 1 5 1 0 1 0 2\n"), result.text());
	}

	@Test
	void tablesThatDoNotNameTheirGroupStayAsPrintedAndTheDuplicateIsNamed(@TempDir Path dir) throws Exception {
		Importer.Result result = Imports.importFile(pingtanMarkdown(dir, TABLE_4_AS_ONE,
				TABLE_4_AS_THREE.replace("行政诉讼（复议后起诉）", "续表")));
		assertTrue(result.text().contains("\n案件数 1 1 0 0 2\n案件数 4 0 0 1 5\n案件数 1 0 1 0 2\n"), result.text());
		List<String> messages = messages(result);
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("“案件数”与表格") && m.endsWith("是格式的同一行，两行都照印保留")),
				messages::toString);
		assertFalse(messages.stream().anyMatch(m -> m.contains("“”")), messages::toString);
	}

	@Test
	void aGroupPrintedWithoutItsRowsIsKeptAndSaidOnce(@TempDir Path dir) {
		// the page prints （六）其他处理 as one row, as 2019 reports did
		Path target = dir.resolve("donghe.nianbao");
		Importer.Result result = Imports.importInto(Imports.resource("donghe-wenlv-2020-gbk.html"), target);
		assertTrue(result.text().contains("\n其他处理         0 0 0 0 0 0\n"), result.text());
		var issues = Imports.validate(target);
		var aboutIt = issues.stream().filter(i -> i.getMessage().contains("逾期不补正") || i.getMessage().contains("其他处理"))
				.toList();
		assertEquals(1, aboutIt.size(), aboutIt::toString);
		assertEquals(IssueCodes.GROUP_AS_ROW, aboutIt.get(0).getCode());
		assertFalse(issues.stream().anyMatch(i -> IssueCodes.UNKNOWN_ROW.equals(i.getCode()) && i.getMessage().contains("其他处理")));
	}
}
