package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.nianbao.issues.IssueDatum;
import org.nianbao.issues.IssueData;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/**
 * Defects of printed tables that must never pass: a column left out, a row one value short, placeholders and blank
 * cells, unknown row names, and one wrong figure said once, at its cause.
 */
class TableDefectsTest {

	/** A complete, balanced table 3 (every row 7 values). */
	private static final String TABLE3 = """
			本年新收  3 1 0 0 0 0 4
			上年结转  1 0 0 0 0 0 1
			予以公开  2 1 0 0 0 0 3
			部分公开  1 0 0 0 0 0 1
			不掌握相关信息 1 0 0 0 0 0 1
			办理结果总计 4 1 0 0 0 0 5
			结转下年  0 0 0 0 0 0 0
			others zero
			""";

	private static List<Issue> table3(String rows) {
		return Validation.issues(ReportText.town().table3(rows).text());
	}

	private static List<Issue> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	private static int lineOf(String rows, String start) {
		return ReportText.town().table3(rows).lineOf(start);
	}

	@Test
	void theCompleteTableIsClean() {
		assertEquals(List.of(), errors(table3(TABLE3)), () -> Validation.describe(table3(TABLE3)));
	}

	@Test
	void aTableWithoutItsOtherColumnIsNamedOnTheTable() {
		// every row printed with 6 numbers, the 6th the real total: the 其他 column was left out of the table
		String rows = TABLE3.replaceAll("(?m)^(\\S+\\s+\\d+ \\d+ \\d+ \\d+ \\d+) 0 (\\d+)$", "$1 $2");
		List<Issue> issues = errors(table3(rows));
		Issue table = issues.stream().filter(i -> IssueCodes.MISSING_COLUMN.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(Validation.describe(issues)));
		assertEquals(lineOf(rows, "# 三、"), table.getLineNumber());
		assertTrue(table.getMessage().startsWith("本表各行只有 6 个数，且第 6 个数等于前 5 个数之和：似缺少一列"), table.getMessage());
		// every short row is an error on that row; the message never advises padding with 0 blindly
		long shortRows = issues.stream().filter(i -> IssueCodes.WRONG_VALUE_COUNT.equals(i.getCode())).count();
		assertEquals(7, shortRows, Validation.describe(issues));
		// nothing is read into the wrong column: no total or balance errors follow from the shift
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.TOTAL_MISMATCH.equals(i.getCode())
				|| IssueCodes.RULE_VIOLATED.equals(i.getCode())), Validation.describe(issues));
	}

	@Test
	void aRowOneShortIsAnErrorOnThatRowNamingItsColumns() {
		String rows = TABLE3.replace("予以公开  2 1 0 0 0 0 3", "予以公开  2 1 0 0 0 3");
		List<Issue> issues = errors(table3(rows));
		assertEquals(1, issues.size(), Validation.describe(issues));
		Issue issue = issues.get(0);
		assertEquals(lineOf(rows, "予以公开"), issue.getLineNumber());
		assertTrue(issue.getMessage().startsWith("本行少一个数：应为 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 7 个数"),
				issue.getMessage());
		// the total balances: the missing value is a 0 of some column, offered before the total
		assertEquals(List.of(new IssueDatum.ValueToInsert(5, "0", "其他")), IssueData.of(issue));
	}

	@Test
	void aRowWithoutItsTotalIsToldToWriteItOrTheComputedMark() {
		String rows = TABLE3.replace("予以公开  2 1 0 0 0 0 3", "予以公开  2 1 0 0 0 1");
		Issue issue = errors(table3(rows)).get(0);
		assertTrue(issue.getMessage().contains("在末尾写 = 由系统计算"), issue.getMessage());
		assertEquals(List.of(new IssueDatum.ValueToAppend(6, "=")), IssueData.of(issue));
	}

	@Test
	void tableFourSinglesOutTheGroupOfTheMissingValue() {
		String text = ReportText.town().table3(TABLE3).part(4, "案件数 1 0 0 1 2  1 0 1 2  0 0 0 0 0").text();
		List<Issue> issues = errors(Validation.issues(text));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().endsWith("缺的在“未经复议直接起诉”一组中"), issues.get(0).getMessage());
	}

	@Test
	void theComputedMarkComputesTheTotal() {
		String rows = TABLE3.replace("予以公开  2 1 0 0 0 0 3", "予以公开  2 1 0 0 0 0 =");
		assertEquals(List.of(), errors(table3(rows)), () -> Validation.describe(table3(rows)));
		// and a wrong total elsewhere is still found through the computed one
		String wrong = rows.replace("办理结果总计 4 1 0 0 0 0 5", "办理结果总计 4 1 0 0 0 0 6");
		assertEquals(1, errors(table3(wrong)).size(), () -> Validation.describe(table3(wrong)));
	}

	@Test
	void theComputedMarkOutsideATotalIsAnError() {
		String rows = TABLE3.replace("予以公开  2 1 0 0 0 0 3", "予以公开  2 = 0 0 0 0 3");
		List<Issue> issues = errors(table3(rows));
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.COMPUTED_MARK_MISPLACED.equals(i.getCode())
				&& i.getLineNumber() == lineOf(rows, "予以公开")), Validation.describe(issues));
	}

	@ParameterizedTest
	@ValueSource(strings = {"/", "-", "－", "—", "–", "——", "〇", "无", "空", "零", "／"})
	void aPlaceholderIsOneCellWithOneError(String placeholder) {
		String rows = TABLE3.replace("结转下年  0 0 0 0 0 0 0", "结转下年  0 " + placeholder + " 0 0 0 0 0");
		List<Issue> issues = errors(table3(rows));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals(IssueCodes.PLACEHOLDER_VALUE, issues.get(0).getCode());
		assertEquals(lineOf(rows, "结转下年"), issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("应填 0"), issues.get(0).getMessage());
		assertEquals(List.of(new IssueDatum.Replacement("0")), IssueData.of(issues.get(0)));
	}

	@Test
	void aBlankCellIsRecordedAndSaidSo() {
		String rows = TABLE3.replace("结转下年  0 0 0 0 0 0 0", "结转下年  0 _ 0 0 0 0 0");
		List<Issue> issues = errors(table3(rows));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals(IssueCodes.BLANK_CELL, issues.get(0).getCode());
		assertTrue(issues.get(0).getMessage().contains("空白单元格") && issues.get(0).getMessage().contains("应填数字，没有发生的填 0"),
				issues.get(0).getMessage());
	}

	@Test
	void aDashIsNeverAMinusOfTheNextNumber() {
		String dash = TABLE3.replace("本年新收  3 1 0 0 0 0 4", "本年新收  3 1 - 0 0 0 4");
		List<Issue> issues = errors(table3(dash));
		assertEquals(List.of(IssueCodes.PLACEHOLDER_VALUE), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		String negative = TABLE3.replace("本年新收  3 1 0 0 0 0 4", "本年新收  3 1 -0 0 0 0 4").replace("上年结转  1 0",
				"上年结转  1 -2");
		List<Issue> negatives = errors(table3(negative));
		assertEquals(List.of(IssueCodes.NEGATIVE_COUNT), negatives.stream().map(Issue::getCode).distinct().toList(),
				Validation.describe(negatives));
	}

	@Test
	void oneWrongFigureGivesOneError() {
		// 予以公开's total is wrong; the （七）总计 row's 总计, correct, is not reported for it
		String rows = TABLE3.replace("予以公开  2 1 0 0 0 0 3", "予以公开  2 1 0 0 0 0 4");
		List<Issue> issues = errors(table3(rows));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals(lineOf(rows, "予以公开"), issues.get(0).getLineNumber());
	}

	@Test
	void aWrongTotalCarriesItsOperandsAsRelatedLocations() {
		String rows = TABLE3.replace("办理结果总计 4 1 0 0 0 0 5", "办理结果总计 5 1 0 0 0 0 6")
				.replace("本年新收  3 1 0 0 0 0 4", "本年新收  4 1 0 0 0 0 5");
		Issue issue = errors(table3(rows)).stream().filter(i -> IssueCodes.TOTAL_MISMATCH.equals(i.getCode()))
				.findFirst()
				.orElseThrow();
		List<IssueDatum.Related> related = IssueData.all(issue, IssueDatum.Related.class);
		assertEquals(List.of(lineOf(rows, "予以公开"), lineOf(rows, "部分公开"), lineOf(rows, "不掌握相关信息")),
				related.stream().map(IssueDatum.Related::line).toList(), related::toString);
		assertEquals(new IssueDatum.Replacement("4"), IssueData.first(issue, IssueDatum.Replacement.class),
				"2 + 1 + 1, the computed total");
		assertTrue(related.get(0).message().contains("三（一）"), related.get(0).message());
	}

	@ParameterizedTest
	@ValueSource(strings = {"本年新增", "一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量"})
	void anUnknownRowFindsItsRowByNameOrLabel(String written) {
		String rows = TABLE3.replace("本年新收  3", written + "  3");
		List<Issue> issues = errors(table3(rows));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals(IssueCodes.UNKNOWN_ROW, issues.get(0).getCode());
		assertEquals("本年新收", IssueData.first(issues.get(0), IssueDatum.RowChoices.class).rows().get(0));
		assertTrue(issues.get(0).getMessage().contains("是否应为 “本年新收”"), issues.get(0).getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {"行政许可       3186; 行政许可       3186件; 件",
			"行政许可       3186; 行政许可       3186 件; 件",
			"行政事业性收费 12.356800; 行政事业性收费 12.356800万元; 万元", "行政规范性文件 2 1 9; 行政规范性文件 2 1 9 个; 个"})
	void aUnitAfterANumberIsSaidToBeAUnitNotAnUnknownRow(String row, String withUnit, String unit) {
		String text = ReportText.ANHE_2024.replace(row + "\n", withUnit + "\n");
		assertTrue(text.contains(withUnit + "\n"));
		List<Issue> issues = errors(Validation.issues(text));
		assertEquals(1, issues.size(), Validation.describe(issues));
		Issue issue = issues.get(0);
		assertEquals(IssueCodes.UNIT_AFTER_NUMBER, issue.getCode(), issue.getMessage());
		assertEquals("数字后不要写单位“" + unit + "”：表格中只写数字，单位由表头给出（请删除“" + unit + "”）", issue.getMessage());
		assertEquals(unit, text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()));
		assertEquals(List.of(new IssueDatum.UnitToDelete(unit)), IssueData.of(issue));
	}

	@Test
	void aUnitWordStartingALineIsStillAnUnknownRow() {
		String text = ReportText.ANHE_2024.replace("行政强制       18\n", "行政强制       18\n件 3\n");
		List<Issue> issues = errors(Validation.issues(text));
		assertEquals(List.of(IssueCodes.UNKNOWN_ROW), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
	}

	@Test
	void aNumberedLabelFindsItsRow() {
		String rows = TABLE3.replace("予以公开  2", "（一）予以公开  2");
		List<Issue> issues = errors(table3(rows));
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals("予以公开", IssueData.first(issues.get(0), IssueDatum.RowChoices.class).rows().get(0));
	}

	@Test
	void aFormThatCannotBeFoundIsOneError() {
		String text = ReportText.town().table3(TABLE3).text().replace("report 测试镇2024", "report 测试镇2024 form 某省格式");
		List<Issue> issues = errors(Validation.issues(text));
		assertEquals(List.of(IssueCodes.FORM_NOT_FOUND), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
	}

	@Test
	void aStrayCharacterBeforeARowStaysOnItsLine() {
		String rows = TABLE3.replace("部分公开", "—部分公开");
		List<Issue> issues = errors(table3(rows));
		assertEquals(List.of(lineOf(rows, "—部分公开")), issues.stream().map(Issue::getLineNumber).distinct().toList(),
				Validation.describe(issues));
	}
}
