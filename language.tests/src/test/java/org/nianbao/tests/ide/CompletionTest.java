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
	void partHeadingsComeInTheFormsOrderMissingOnesFirst() {
		String model = ANHE.substring(0, ANHE.indexOf("# 三、")) + "#";
		List<CompletionItem> items = complete(model);
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		Assertions.assertEquals(List.of(
				"# 三、收到和处理政府信息公开申请情况",
				"# 四、政府信息公开行政复议、行政诉讼情况",
				"# 五、存在的主要问题及改进情况",
				"# 六、其他需要报告的事项",
				"# 一、总体情况",
				"# 二、主动公开政府信息情况"), labels);
		Assertions.assertEquals("# 三、收到和处理政府信息公开申请情况", items.get(0).getTextEdit().getLeft().getNewText());
	}

	@Test
	void aMissingRowIsOfferedWithZeros() {
		String model = tableThreeWithFirstRowOnly() + "上年";
		List<CompletionItem> items = complete(model);
		Assertions.assertEquals(1, items.size(), items::toString);
		Assertions.assertEquals("上年结转", items.get(0).getLabel());
		Assertions.assertEquals("上年结转 0 0 0 0 0 0 0", items.get(0).getTextEdit().getLeft().getNewText());
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
		Assertions.assertTrue(labels.containsAll(List.of("organ", "year", "published", "contact", "preface")), labels::toString);
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
		List<String> columns = complete(IN_REFERENCE + "previous.结转下年.").stream().map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(columns.containsAll(List.of("自然人", "总计")), columns::toString);
	}

	@Test
	void theKeywordPreviousIsOfferedInAReference() {
		List<String> words = complete(IN_REFERENCE + "pre").stream().map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(words.contains("previous"), words::toString);
	}

	private List<CompletionItem> complete(String model) {
		String[] lines = model.split("\n", -1);
		List<CompletionItem> result = new ArrayList<>();
		testCompletion(c -> {
			c.setModel(model);
			c.setLine(lines.length - 1);
			c.setColumn(lines[lines.length - 1].length());
			c.setAssertCompletionList((CompletionList list) -> result.addAll(list.getItems()));
		});
		result.sort(Comparator.comparing(i -> i.getSortText() == null ? "" : i.getSortText()));
		return result;
	}
}
