package org.nianbao.tests.ide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Completion offers the form's headings, the rows still missing from the current table, form names and keywords. */
class CompletionTest extends NianbaoServerTest {

	private static final String ANHE = example("anhe-scjg-2024.nianbao");

	@Test
	void onlyMissingPartHeadingsAreOfferedThoseAfterTheCursorFirst() {
		String model = ANHE.substring(0, ANHE.indexOf("# 三、")) + "#";
		List<CompletionItem> items = complete(model);
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		Assertions.assertEquals(List.of(
				"# 三、收到和处理政府信息公开申请情况",
				"# 四、政府信息公开行政复议、行政诉讼情况",
				"# 五、存在的主要问题及改进情况",
				"# 六、其他需要报告的事项"), labels);
		Assertions.assertEquals("# 三、收到和处理政府信息公开申请情况", items.get(0).getTextEdit().getLeft().getNewText());
	}

	@Test
	void aMissingEarlierPartIsOfferedAfterTheLaterOnes() {
		String withThree = ANHE.substring(0, ANHE.indexOf("# 二、"))
				+ ANHE.substring(ANHE.indexOf("# 三、"), ANHE.indexOf("# 四、"))
				+ "#";
		List<String> labels = complete(withThree).stream().map(CompletionItem::getLabel).toList();
		Assertions.assertEquals(List.of("# 四、政府信息公开行政复议、行政诉讼情况", "# 五、存在的主要问题及改进情况",
				"# 六、其他需要报告的事项", "# 二、主动公开政府信息情况"), labels);
	}

	@Test
	void anEmptyLineInsideATableOffersRowsNotHeadings() {
		String model = ANHE.replace("予以公开         14 3 0 0 1 1 19\n", "\n");
		int line = lineStartingWith(model, "上年结转") + 1;
		List<String> labels = complete(model, line, 0).stream().map(CompletionItem::getLabel).toList();
		Assertions.assertEquals("予以公开", labels.get(0), labels::toString);
		Assertions.assertTrue(labels.stream().noneMatch(l -> l.startsWith("#")), labels::toString);
	}

	@Test
	void aMissingRowIsAlignedWithTheRowsOfItsTable() {
		String model = ANHE.replace("上年结转          2 1 0 0 0 0  3\n", "上年");
		int line = lineStartingWith(model, "上年");
		CompletionItem item = complete(model, line, 2).stream().filter(i -> i.getLabel().equals("上年结转")).findFirst()
				.orElseThrow();
		String completed = model.replace("上年予以公开", item.getTextEdit().getLeft().getNewText() + "\n予以公开");
		String[] lines = completed.split("\n");
		Assertions.assertEquals("上年结转          0 0 0 0 0 0  =", lines[line]);
	}

	@Test
	void aMissingRowOfTable4KeepsItsThreeGroups() {
		String model = ANHE.substring(0, ANHE.indexOf("案件数"));
		CompletionItem item = complete(model).stream().filter(i -> i.getLabel().equals("案件数")).findFirst()
				.orElseThrow();
		Assertions.assertEquals("案件数 0 0 0 0 =  0 0 0 0 =  0 0 0 0 =", item.getTextEdit().getLeft().getNewText());
	}

	@Test
	void theServerAsksForCompletionAfterABraceAndADot() {
		List<String> triggers = initialize().getCapabilities().getCompletionProvider().getTriggerCharacters();
		Assertions.assertTrue(triggers.containsAll(List.of("{", ".")), triggers::toString);
	}

	@Test
	void aReferenceOffersTheFormsRowsInOrderWithTheirValues() {
		List<CompletionItem> items = complete(ANHE + "| 全年新收申请{").stream().filter(i -> !i.getLabel().equals("previous"))
				.toList();
		Assertions.assertEquals(List.of("规章", "行政规范性文件", "行政许可", "行政处罚"),
				items.stream().limit(4).map(CompletionItem::getLabel).toList());
		CompletionItem newThisYear = items.stream().filter(i -> i.getLabel().equals("本年新收")).findFirst().orElseThrow();
		Assertions.assertEquals("33 5 0 0 2 1 41", newThisYear.getDetail());
	}

	@Test
	void aReferenceOffersTheColumnsInOrderWithTheirValues() {
		List<CompletionItem> items = complete(ANHE + "| 全年新收申请{本年新收.");
		Assertions.assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
				items.stream().map(CompletionItem::getLabel).toList());
		Assertions.assertEquals("41 · 总计", items.get(6).getDetail());
	}

	@Test
	void aMissingRowIsOfferedWithZeros() {
		String model = tableThreeWithFirstRowOnly() + "上年";
		List<CompletionItem> items = complete(model);
		Assertions.assertEquals(1, items.size(), items::toString);
		Assertions.assertEquals("上年结转", items.get(0).getLabel());
		Assertions.assertEquals("上年结转          0 0 0 0 0 0  =", items.get(0).getTextEdit().getLeft().getNewText());
	}

	@Test
	void onlyRowsOfTheCurrentTableNotYetWrittenAreOffered() {
		String model = tableThreeWithFirstRowOnly();
		List<String> labels = complete(model).stream().map(CompletionItem::getLabel).toList();
		Assertions.assertEquals("上年结转", labels.get(0), labels::toString);
		Assertions.assertEquals("予以公开", labels.get(1), labels::toString);
		Assertions.assertTrue(labels.contains("结转下年"), labels::toString);
		Assertions.assertFalse(labels.contains("本年新收"), "already written: " + labels);
		Assertions.assertFalse(labels.contains("规章"), "a row of table 2: " + labels);
		Assertions.assertFalse(labels.contains("案件数"), "a row of table 4: " + labels);
		// the computed total comes after every row to fill in
		Assertions.assertTrue(labels.indexOf("办理结果总计") > labels.indexOf("结转下年"), labels::toString);
	}

	@Test
	void formNamesAreOffered() {
		List<String> labels = complete("report 测试 form ").stream().map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(labels.contains("国家格式2021"), labels::toString);
	}

	@Test
	void keywordsAreOffered() {
		List<String> labels = complete("report 测试\n  ").stream().map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(labels.containsAll(List.of("organ", "year", "published", "contact", "preface")),
				labels::toString);
	}

	private static String tableThreeWithFirstRowOnly() {
		int start = ANHE.indexOf("# 三、");
		int firstRowEnd = ANHE.indexOf('\n', ANHE.indexOf("本年新收", start)) + 1;
		return ANHE.substring(0, firstRowEnd);
	}

	private static final String IN_REFERENCE = ANHE.substring(0, ANHE.indexOf("# 二、")) + "| 全年新收申请{";

	@Test
	void aFigureReferenceInProseOffersRows() {
		List<String> rows = complete(IN_REFERENCE + "本年").stream().map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(rows.contains("本年新收"), rows::toString);
	}

	@Test
	void aFigureReferenceOffersTheColumnsOfItsRow() {
		List<String> columns = complete(IN_REFERENCE + "本年新收.").stream().map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(columns.containsAll(List.of("自然人", "总计")), columns::toString);
		Assertions.assertFalse(columns.contains("本年制发件数"), columns::toString);
	}

	@Test
	void lastYearsFigureReferenceOffersRows() {
		List<String> rows = complete(IN_REFERENCE + "previous.").stream().map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(rows.containsAll(List.of("本年新收", "结转下年")), rows::toString);
		Assertions.assertFalse(rows.contains("previous"), rows::toString);
	}

	@Test
	void lastYearsFigureReferenceOffersTheColumnsOfItsRow() {
		List<String> columns = complete(IN_REFERENCE + "previous.结转下年.").stream().map(CompletionItem::getLabel)
				.toList();
		Assertions.assertTrue(columns.containsAll(List.of("自然人", "总计")), columns::toString);
	}

	@Test
	void theKeywordPreviousIsOfferedInAReference() {
		List<String> words = complete(IN_REFERENCE + "pre").stream().map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(words.contains("previous"), words::toString);
	}

	private List<CompletionItem> complete(String model) {
		String[] lines = model.split("\n", -1);
		return complete(model, lines.length - 1, lines[lines.length - 1].length());
	}

	private List<CompletionItem> complete(String model, int line, int column) {
		List<CompletionItem> result = new ArrayList<>();
		testCompletion(c -> {
			c.setModel(model);
			c.setLine(line);
			c.setColumn(column);
			c.setAssertCompletionList((CompletionList list) -> result.addAll(list.getItems()));
		});
		result.sort(Comparator.comparing(i -> i.getSortText() == null ? "" : i.getSortText()));
		return result;
	}
}
