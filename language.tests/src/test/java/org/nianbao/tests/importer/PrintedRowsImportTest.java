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
import org.nianbao.issues.IssueCodes;

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
		assertFalse(issues.stream()
				.anyMatch(i -> IssueCodes.UNKNOWN_ROW.equals(i.getCode()) && i.getMessage().contains("其他处理")));
	}

	/** The real Pingtan 2023 page (portal editor markup) with row labels of table 3 printed otherwise. */
	private static Path pingtanPage(Path dir, String... fromTo) throws Exception {
		String html = Files.readString(Imports.resource("pingtan-2023.html"));
		for (int i = 0; i < fromTo.length; i += 2) {
			assertTrue(html.contains(">" + fromTo[i] + "<"), "the page prints " + fromTo[i]);
			html = html.replace(">" + fromTo[i] + "<", ">" + fromTo[i + 1] + "<");
		}
		return Imports.write(dir.resolve("pingtan-2023.html"), html);
	}

	@Test
	void labelsWithCharactersMissingOrWrongFindTheirRowsAndAreQuoted(@TempDir Path dir) throws Exception {
		Importer.Result result = Imports.importFile(pingtanPage(dir, "4.保护第三方合法权益", "4.保护第三方合法权",
				"2.其他法律行政法规禁止公开", "2.其他法律行政法禁止公开"));
		assertTrue(
				result.text().contains("\n法律法规禁止公开 0 0 0 0 0 0 0\n三安全一稳定     0 0 0 0 0 0 0\n第三方合法权益   1 0 0 0 0 0 1\n"),
				result.text());
		assertEquals(List.of("行名印作“2.其他法律行政法禁止公开”，与格式“2.其他法律行政法规禁止公开”有出入，按此行读",
				"行名印作“4.保护第三方合法权”，不完整，按“4.保护第三方合法权益”读"), messages(result));
	}

	@Test
	void aLabelLikeNoRowIsTheRowNotPrintedBetweenItsNeighbours(@TempDir Path dir) throws Exception {
		Path target = dir.resolve("pingtan.nianbao");
		Importer.Result result = Imports.importInto(pingtanPage(dir, "4.保护第三方合法权益", "4.保第三方权",
				"5.属于三类内部事务信息", "5.属三类内务"), target);
		assertTrue(
				result.text()
						.contains("\n三安全一稳定     0 0 0 0 0 0 0\n第三方合法权益   1 0 0 0 0 0 1\n内部事务信息     0 0 0 0 0 0 0\n"),
				result.text());
		assertEquals(List.of(
				"行名印作“4.保第三方权”，不在格式中；它印在“3.危及“三安全一稳定””与“6.属于四类过程性信息”之间，按其间第 1 个未印的“4.保护第三方合法权益”读",
				"行名印作“5.属三类内务”，不在格式中；它印在“3.危及“三安全一稳定””与“6.属于四类过程性信息”之间，按其间第 2 个未印的“5.属于三类内部事务信息”读"),
				messages(result));
		assertFalse(Imports.validate(target).stream().anyMatch(i -> IssueCodes.UNKNOWN_ROW.equals(i.getCode())
				|| IssueCodes.MISSING_ROW.equals(i.getCode())));
	}

	@Test
	void aRowThatMatchesNothingKeepsItsPrintedLabelAndValidationNamesTheRowsAround(@TempDir Path dir) throws Exception {
		Path target = dir.resolve("pingtan.nianbao");
		// the second label is like no row and has no number: neither is placed, both are kept as printed
		Importer.Result result = Imports.importInto(pingtanPage(dir, "4.保护第三方合法权益", "4.保第三方权",
				"5.属于三类内部事务信息", "涉及内部管理"), target);
		String text = result.text();
		assertTrue(text.contains("\n// 表格2:第11行：格式中没有此行，照印保留\n\"4.保第三方权\"   1 0 0 0 0 0 1\n"
				+ "// 表格2:第12行：格式中没有此行，照印保留\n涉及内部管理     0 0 0 0 0 0 0\n"), text);
		assertFalse(text.contains("未识别"), text);
		assertEquals(List.of("行名“4.保第三方权”不在格式中，照印保留", "行名“涉及内部管理”不在格式中，照印保留"), messages(result));
		var issues = Imports.validate(target).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.toList();
		assertEquals(List.of(
				"表格中没有印作“4.保第三方权”的行（可能是写错，或是旧格式的行；写在“三安全一稳定”与“涉及内部管理”之间，此处未填的行：4.保护第三方合法权益、5.属于三类内部事务信息）",
				"表格中没有名为“涉及内部管理”的行（可能是写错，或是旧格式的行；写在“4.保第三方权”与“过程性信息”之间，此处未填的行：4.保护第三方合法权益、5.属于三类内部事务信息）"),
				issues.stream().map(org.eclipse.xtext.validation.Issue::getMessage).toList());
	}
}
