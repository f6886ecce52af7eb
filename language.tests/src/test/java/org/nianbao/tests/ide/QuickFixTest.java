package org.nianbao.tests.ide;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Each quick fix, applied to the text, gives the corrected report. */
class QuickFixTest extends NianbaoServerTest {

	private static final String ANHE = example("anhe-scjg-2024.nianbao");

	@Test
	void aWrongTotalIsReplacedByTheComputedValue() {
		String text = example("errors/result-total-wrong.nianbao");
		Position at = position(text, "办理结果总计", "34");
		CodeAction fix = onlyFix(text, at, "改为计算值 33");
		String fixed = apply(text, edits(fix));
		Assertions.assertEquals("办理结果总计     33 6 0 0 2 1 43", fixed.split("\n")[at.getLine()]);
	}

	@Test
	void aCorrectTotalThatAddsUpAWrongCellGetsNoFix() {
		// 予以公开 is written 20 instead of 19: the fix belongs there; 办理结果总计 43 is right and must stay
		String text = ANHE.replace("予以公开         14 3 0 0 1 1 19", "予以公开         14 3 0 0 1 1 20");
		Position cause = position(text, "予以公开", "20");
		Position derived = position(text, "办理结果总计", "43");
		List<CodeAction> there = fixes(text, derived);
		Assertions.assertTrue(there.stream().noneMatch(f -> f.getTitle().startsWith("改为计算值")),
				() -> there.stream().map(CodeAction::getTitle).toList().toString());
	}

	@Test
	void aWrongCellThatMakesATotalWrongIsFixedAtTheCause() {
		String text = ANHE.replace("予以公开         14 3 0 0 1 1 19", "予以公开         14 3 0 0 1 1 20");
		Position cause = position(text, "予以公开", "20");
		Assertions.assertEquals(ANHE, apply(text, edits(onlyFix(text, cause, "改为计算值 19"))));
	}

	@Test
	void aTotalWrongAcrossAndDownListsItsFixOnce() {
		String text = ANHE.replace("办理结果总计     34 6 0 0 2 1 43", "办理结果总计     34 6 0 0 2 1 44");
		Position at = position(text, "办理结果总计", "44");
		CodeAction fix = onlyFix(text, at, "改为计算值 43");
		Assertions.assertEquals(ANHE, apply(text, edits(fix)));
	}

	@Test
	void aNumberInProseThatContradictsTheTableBecomesAReference() {
		String text = ANHE.replace("{本年新收.总计}", "75");
		int line = lineStartingWith(text, "| 规范依申请公开");
		Position at = new Position(line, text.split("\n")[line].indexOf("75"));
		CodeAction fix = onlyFix(text, at, "改为引用表格数字 {本年新收.总计}");
		Assertions.assertEquals(ANHE.split("\n")[line], apply(text, edits(fix)).split("\n")[line]);
	}

	@Test
	void aMissingRowIsInsertedWithZerosInTheFormsOrder() {
		String text = ANHE.replace("上年结转          2 1 0 0 0 0  3\n", "").replace("行政查询事项      0 0 0 0 0 0  =\n", "");
		Position at = position(text, "# 三、", "#");
		CodeAction fix = onlyFix(text, at, "补上缺少的 2 行（填 0）");
		String fixed = apply(text, edits(fix));
		Assertions.assertTrue(fixed.contains("本年新收         33 5 0 0 2 1 41\n上年结转 0 0 0 0 0 0 0\n予以公开"), fixed);
		Assertions.assertTrue(fixed.contains("行政执法案卷      1 0 0 0 1 0  2\n行政查询事项 0 0 0 0 0 0 0\n不掌握相关信息"), fixed);
	}

	@Test
	void missingRowsCanBeDeclaredZero() {
		String text = ANHE.replace("结转下年          1 0 0 0 0 0  1\n", "");
		Position at = position(text, "# 三、", "#");
		CodeAction fix = fixes(text, at).stream().filter(f -> f.getTitle().startsWith("写 others zero")).findFirst()
				.orElseThrow();
		Assertions.assertTrue(apply(text, edits(fix)).contains("办理结果总计     34 6 0 0 2 1 43\nothers zero\n"));
	}

	@Test
	void aMissingPartIsInsertedAsASkeletonWhereTheFormPutsIt() {
		String text = example("errors/part-missing.nianbao");
		Position at = position(text, "report ", "安和");
		CodeAction fix = onlyFix(text, at, "补上缺少的部分");
		String fixed = apply(text, edits(fix));
		int before = fixed.indexOf("# 四、政府信息公开行政复议、行政诉讼情况");
		int inserted = fixed.indexOf("# 五、存在的主要问题及改进情况\n| \n\n");
		int after = fixed.indexOf("# 六、");
		Assertions.assertTrue(before < inserted && inserted < after, fixed);
	}

	@Test
	void aMissingTablePartGetsAllZero() {
		String text = ANHE.substring(0, ANHE.indexOf("# 四、")) + ANHE.substring(ANHE.indexOf("# 五、"));
		CodeAction fix = onlyFix(text, position(text, "report ", "安和"), "补上缺少的部分");
		Assertions.assertTrue(apply(text, edits(fix)).contains(
				"结转下年          1 0 0 0 0 0  1\n\n# 四、政府信息公开行政复议、行政诉讼情况\nall zero\n\n# 五、"));
	}

	@Test
	void aMisnumberedHeadingGetsTheOfficialLabel() {
		String text = example("errors/heading-misnumbered.nianbao");
		Position at = position(text, "# 3、", "3");
		CodeAction fix = onlyFix(text, at, "改为“三、收到和处理政府信息公开申请情况”");
		String fixed = apply(text, edits(fix));
		Assertions.assertEquals("# 三、收到和处理政府信息公开申请情况", fixed.split("\n")[at.getLine()]);
	}

	@Test
	void aMislabelledHeadingGetsTheOfficialLabel() {
		String text = example("errors/heading-mislabelled.nianbao");
		Position at = position(text, "# 五、", "五");
		CodeAction fix = onlyFix(text, at, "改为“五、存在的主要问题及改进情况”");
		Assertions.assertEquals("# 五、存在的主要问题及改进情况", apply(text, edits(fix)).split("\n")[at.getLine()]);
	}

	@Test
	void fullWidthDigitsBecomeAscii() {
		String text = ANHE.replace("行政许可       3186", "行政许可       ３１８６");
		Position at = position(text, "行政许可", "３");
		CodeAction fix = onlyFix(text, at, "改为半角数字 3186");
		Assertions.assertEquals(ANHE, apply(text, edits(fix)));
	}

	@Test
	void aZeroIsInsertedBeforeTheTotalWhenTheTotalBalances() {
		String text = example("errors/row-missing-cell.nianbao");
		Position at = position(text, "第三方合法权益", "第三方");
		CodeAction fix = onlyFix(text, at, "在“其他”列补 0");
		Assertions.assertEquals("第三方合法权益    2 1 0 0 0 0  3", apply(text, edits(fix)).split("\n")[at.getLine()]);
	}

	@Test
	void aRowWrittenWithoutItsTotalGetsTheComputedMark() {
		String text = ANHE.replace("上年结转          2 1 0 0 0 0  3", "上年结转 2 1 0 0 0 0");
		Position at = position(text, "上年结转", "上年");
		CodeAction fix = onlyFix(text, at, "在末尾补 =（总计由系统计算）");
		Assertions.assertEquals("上年结转 2 1 0 0 0 0 =", apply(text, edits(fix)).split("\n")[at.getLine()]);
	}

	@Test
	void noValueIsOfferedWhenThePositionIsAmbiguous() {
		// two values short: nothing singles out where they belong
		String text = ANHE.replace("上年结转          2 1 0 0 0 0  3", "上年结转 2 1 0 0 3");
		Position at = position(text, "上年结转", "上年");
		List<CodeAction> all = fixes(text, at);
		Assertions.assertTrue(all.stream().noneMatch(f -> f.getTitle().contains("补")), all::toString);
	}

	@Test
	void aPlaceholderIsFixedToZero() {
		String text = ANHE.replace("上年结转          2 1 0 0 0 0  3", "上年结转          2 1 — 0 0 0  3");
		Position at = position(text, "上年结转", "—");
		CodeAction fix = onlyFix(text, at, "改为 0");
		Assertions.assertEquals("上年结转          2 1 0 0 0 0  3", apply(text, edits(fix)).split("\n")[at.getLine()]);
	}

	@Test
	void anUnknownRowIsFixedToTheNearestName() {
		String text = ANHE.replace("上年结转          2", "上年接转          2");
		Position at = position(text, "上年接转", "上年");
		CodeAction fix = onlyFix(text, at, "改为“上年结转”");
		Assertions.assertTrue(apply(text, edits(fix)).split("\n")[at.getLine()].startsWith("上年结转          2"));
	}

	@Test
	void aNameTwoReportsOfTheFolderHaveIsReplacedByTheFileChosen() {
		String lastYear = example("anhe-scjg-2023.nianbao");
		String text = ANHE.replace("previous \"anhe-scjg-2023.nianbao\"", "previous 安和县市场监管局2023");
		Position at = position(text, "  previous", "安和");
		java.util.Map<String, CharSequence> folder = new java.util.LinkedHashMap<>();
		folder.put("anhe-2023.nianbao", lastYear);
		folder.put("2023/安和（副本）.nianbao", lastYear);
		List<CodeAction> all = fixes(text, at, folder);
		Assertions.assertEquals(List.of("改用文件 \"2023/安和（副本）.nianbao\"", "改用文件 \"anhe-2023.nianbao\""),
				all.stream().map(CodeAction::getTitle).sorted().toList());
		CodeAction fix = all.stream().filter(f -> f.getTitle().contains("副本")).findFirst().orElseThrow();
		Assertions.assertEquals("  previous \"2023/安和（副本）.nianbao\"",
				apply(text, edits(fix)).split("\n")[at.getLine()]);
	}

	@Test
	void aUnitAfterANumberIsDeleted() {
		String text = ANHE.replace("行政许可       3186\n", "行政许可       3186件\n");
		Position at = position(text, "行政许可       3186件", "件");
		CodeAction fix = onlyFix(text, at, "删除单位“件”");
		Assertions.assertEquals("行政许可       3186", apply(text, edits(fix)).split("\n")[at.getLine()]);
	}

	@Test
	void noFixIsOfferedOnACorrectTotalAfterAWrongOne() {
		// 予以公开's total is wrong; the （七）总计 row is right and must get neither an error nor a fix
		String text = ANHE.replace("予以公开         14 3 0 0 1 1 19", "予以公开         14 3 0 0 1 1 20");
		Position at = position(text, "办理结果总计", "办理");
		Assertions.assertEquals(List.of(), fixes(text, at));
	}

	private CodeAction onlyFix(String text, Position at, String title) {
		List<CodeAction> all = fixes(text, at);
		List<CodeAction> fixes = all.stream().filter(f -> f.getTitle().equals(title)).toList();
		Assertions.assertEquals(1, fixes.size(), () -> "fixes: " + all.stream().map(CodeAction::getTitle).toList());
		return fixes.get(0);
	}

	/** The fixes for the diagnostics that start on the given line. */
	private List<CodeAction> fixes(String text, Position at) {
		return fixes(text, at, java.util.Map.of());
	}

	private List<CodeAction> fixes(String text, Position at, java.util.Map<String, CharSequence> otherFiles) {
		List<CodeAction> result = new ArrayList<>();
		testCodeAction(c -> {
			c.setFilesInScope(otherFiles);
			c.setModel(text);
			c.setLine(at.getLine());
			c.setColumn(at.getCharacter());
			c.setAssertCodeActions((List<Either<Command, CodeAction>> actions) -> actions.stream()
					.filter(Either::isRight).map(Either::getRight)
					.filter(a -> a.getDiagnostics().stream()
							.anyMatch(d -> d.getRange().getStart().getLine() == at.getLine()))
					.forEach(result::add));
		});
		return result;
	}

	private static List<TextEdit> edits(CodeAction fix) {
		return fix.getEdit().getChanges().values().iterator().next();
	}

	@Test
	void aMisnumberedItemGetsTheExpectedNumber() {
		String text = ANHE.replace("## （三）政府信息管理", "## （四）政府信息管理");
		int line = lineStartingWith(text, "## （四）政府信息管理");
		CodeAction fix = onlyFix(text, new Position(line, 4), "改为“（三）”");
		Assertions.assertEquals("## （三）政府信息管理", apply(text, edits(fix)).split("\n")[line]);
	}

	@Test
	void aRoundedAmountInProseGetsTheTablesRounding() {
		String text = ANHE.replace("## （二）依申请公开\n", "## （二）依申请公开\n| 行政事业性收费12.35万元。\n");
		int line = lineStartingWith(text, "| 行政事业性收费12.35");
		CodeAction fix = onlyFix(text, new Position(line, text.split("\n")[line].indexOf("12.35")), "改为 12.36");
		Assertions.assertEquals("| 行政事业性收费12.36万元。", apply(text, edits(fix)).split("\n")[line]);
	}

	@Test
	void aProseLineWithoutBarGetsItsBar() {
		String text = ANHE.replace(PARAGRAPH, PARAGRAPH.substring(2));
		int line = lineStartingWith(text, "依托县政府门户网站");
		CodeAction fix = onlyFix(text, new Position(line, 0), "在行首加上“| ”");
		Assertions.assertEquals(ANHE, apply(text, edits(fix)));
	}

	private static final String PARAGRAPH = "| 依托县政府门户网站和“安和市场监管”微信公众号，全年主动公开政府信息486条。";

	@Test
	void aPrefaceLineWithoutBarGetsItsBar() {
		String preface = "| 报告中所列数据统计期限自2024年1月1日起";
		String text = ANHE.replace(preface, preface.substring(2));
		Assertions.assertNotEquals(ANHE, text);
		CodeAction fix = onlyFix(text, new Position(lineStartingWith(text, "报告中所列数据"), 0), "在行首加上“| ”");
		Assertions.assertEquals(ANHE, apply(text, edits(fix)));
	}

	@Test
	void aFullWidthBarBecomesTheBar() {
		String text = ANHE.replace(PARAGRAPH, "｜ " + PARAGRAPH.substring(2));
		CodeAction fix = onlyFix(text, new Position(lineStartingWith(text, "｜"), 0), "改为“| ”");
		Assertions.assertEquals(ANHE, apply(text, edits(fix)));
	}

	@Test
	void aFullWidthBarWithoutSpaceBecomesTheBarAndItsSpace() {
		String text = ANHE.replace(PARAGRAPH, "｜" + PARAGRAPH.substring(2));
		CodeAction fix = onlyFix(text, new Position(lineStartingWith(text, "｜"), 0), "改为“| ”");
		Assertions.assertEquals(ANHE, apply(text, edits(fix)));
	}

	private static final String CASES = "案件数 1 0 0 1 2  1 0 0 0 1  0 0 0 0 0";

	/** Placeholders and a blank in table 3, a placeholder in table 4. */
	private static final String UNFILLED = ANHE.replace("法律法规禁止公开  0 0 0 0 0 0  0", "法律法规禁止公开  / / 0 0 0 0  0")
			.replace("三安全一稳定      0 0 0 0 0 0  0", "三安全一稳定      0 _ 0 0 — 0  0")
			.replace(CASES, "案件数 1 0 0 1 2  1 0 0 0 1  0 / 0 0 0");

	@Test
	void everyPlaceholderAndBlankOfATableOrTheReportBecomesZeroAtOnce() {
		List<CodeAction> all = fixes(UNFILLED, position(UNFILLED, "法律法规禁止公开", "/"));
		CodeAction table = all.stream().filter(f -> f.getTitle().equals("本表所有占位符和空白单元格都填 0")).findFirst().orElseThrow();
		CodeAction report = all.stream().filter(f -> f.getTitle().equals("全文所有占位符和空白单元格都填 0")).findFirst()
				.orElseThrow();
		Assertions.assertEquals(ANHE.replace(CASES, "案件数 1 0 0 1 2  1 0 0 0 1  0 / 0 0 0"),
				apply(UNFILLED, edits(table)),
				"table 3 only");
		Assertions.assertEquals(ANHE, apply(UNFILLED, edits(report)));
	}

	@Test
	void aBlankCellOffersTheSameTableWideFix() {
		CodeAction table = onlyFix(UNFILLED, position(UNFILLED, "三安全一稳定", "_"), "本表所有占位符和空白单元格都填 0");
		Assertions.assertEquals(ANHE.replace(CASES, "案件数 1 0 0 1 2  1 0 0 0 1  0 / 0 0 0"),
				apply(UNFILLED, edits(table)));
	}
}
