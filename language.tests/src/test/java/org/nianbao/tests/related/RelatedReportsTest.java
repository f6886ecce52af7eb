package org.nianbao.tests.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.issues.IssueDatum;
import org.nianbao.issues.IssueData;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.TestInjector;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import com.google.inject.Inject;
import org.nianbao.tests.support.ReportText;

/** Last year's report (carry-over, copied text) and a county's combined report (sums of its members). */
@ExtendWith(InjectionExtension.class)
@InjectWith(TestInjector.class)
class RelatedReportsTest {

	@Inject
	private ReportEvaluator evaluator;

	private static String report(String name, String year, String header, String table2, String table3, String part5) {
		return ReportText.of(name, "安和县" + name, Integer.parseInt(year)).header(header).part(2, table2).table3(table3)
				.part(5, "| " + part5 + "主要是政策解读形式较为单一。").text();
	}

	private static final String T2_ZERO = "all zero";

	private static String t3(int newThisYear, int carriedIn, int carriedOut) {
		int handled = newThisYear + carriedIn - carriedOut;
		return "本年新收 " + newThisYear + " 0 0 0 0 0 =\n上年结转 " + carriedIn + " 0 0 0 0 0 =\n予以公开 " + handled
				+ " 0 0 0 0 0 =\n结转下年 " + carriedOut + " 0 0 0 0 0 =\nothers zero";
	}

	private static XtextResourceSet files(String... nameAndText) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < nameAndText.length; i += 2) {
			files.put(nameAndText[i], nameAndText[i + 1]);
		}
		return Validation.load(files);
	}

	private static List<Issue> issuesOfFirst(XtextResourceSet set) {
		return Validation.issues(set.getResources().get(0));
	}

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	@Test
	void carryOverMustEqualLastYearsCarryForward() {
		String last = report("镇2023", "2023", "", T2_ZERO, t3(5, 0, 2), "去年的问题。");
		XtextResourceSet ok = files("this.nianbao",
				report("镇2024", "2024", "previous 镇2023", T2_ZERO, t3(4, 2, 1), "今年的问题。"),
				"last.nianbao", last);
		assertEquals(List.of(), issuesOfFirst(ok), Validation.describe(issuesOfFirst(ok)));

		XtextResourceSet wrong = files("this.nianbao",
				report("镇2024", "2024", "previous 镇2023", T2_ZERO, t3(4, 3, 1), "今年的问题。"),
				"last.nianbao", last);
		List<Issue> issues = issuesOfFirst(wrong);
		assertEquals(List.of(IssueCodes.CARRY_OVER_MISMATCH), codes(issues), Validation.describe(issues));
		assertEquals("与上年报告不符（自然人列）：本年“二、上年结转政府信息公开申请数量”为 3，安和县镇2023报告的“四、结转下年度继续办理”为 2",
				issues.get(0).getMessage());
		assertEquals(List.of(new IssueDatum.Replacement("2")), IssueData.of(issues.get(0)));
	}

	@Test
	void proseMayCiteLastYearsFigures() {
		String thisYear = report("镇2024", "2024", "previous 镇2023", T2_ZERO, t3(4, 2, 1), "今年的问题。")
				.replace("| 本年度政府信息公开工作概述。", "| 全年新收政府信息公开申请{本年新收.总计}件，上年{previous.本年新收.总计}件。");
		XtextResourceSet set = files("this.nianbao", thisYear, "last.nianbao",
				report("镇2023", "2023", "", T2_ZERO, t3(5, 0, 2), "去年。"));
		Assertions.assertEquals(List.of(), issuesOfFirst(set), Validation.describe(issuesOfFirst(set)));
		Report report = (Report) set.getResources().get(0).getContents().get(0);
		ReportEvaluation evaluation = evaluator.evaluate(report);
		var paragraph = (org.nianbao.nianbao.Paragraph) report.getParts().get(0).getProse().get(0);
		Assertions.assertEquals("全年新收政府信息公开申请4件，上年5件。", org.nianbao.form.ProseText.of(paragraph, evaluation::text));

		List<Issue> without = Validation.issues(thisYear.replace("previous 镇2023", ""));
		Assertions.assertEquals(List.of(IssueCodes.NO_PREVIOUS_REPORT), codes(without), Validation.describe(without));
	}

	@Test
	void aReportReadingLastYearsIsEvaluatedAgainOnlyWhenLastYearsChanges() throws Exception {
		String thisYear = report("镇2024", "2024", "previous 镇2023", T2_ZERO, t3(4, 2, 1), "今年的问题。")
				.replace("| 本年度政府信息公开工作概述。", "| 上年新收{previous.本年新收.总计}件。");
		String lastYear = report("镇2023", "2023", "", T2_ZERO, t3(5, 0, 2), "去年。");
		XtextResourceSet set = files("this.nianbao", thisYear, "last.nianbao", lastYear);
		Report report = (Report) set.getResources().get(0).getContents().get(0);
		ReportEvaluation first = evaluator.evaluate(report);
		Assertions.assertSame(first, evaluator.evaluate(report), "nothing changed: the cached evaluation");

		XtextResource last = (XtextResource) set.getResources().get(1);
		last.reparse(lastYear.replace("本年新收 5 ", "本年新收 7 ").replace("予以公开 3 ", "予以公开 5 "));
		ReportEvaluation second = evaluator.evaluate(report);
		Assertions.assertNotSame(first, second, "last year's report changed: evaluated again");
		var paragraph = (org.nianbao.nianbao.Paragraph) report.getParts().get(0).getProse().get(0);
		Assertions.assertEquals("上年新收7件。", org.nianbao.form.ProseText.of(paragraph, second::text));
		Assertions.assertSame(second, evaluator.evaluate(report));
	}

	@Test
	void lastYearsReportCanBeNamedByRelativePath() {
		XtextResourceSet set = files("2024/this.nianbao",
				report("镇2024", "2024", "previous \"../2023/last.nianbao\"", T2_ZERO, t3(4, 3, 1), "今年的问题。"),
				"2023/last.nianbao", report("镇2023", "2023", "", T2_ZERO, t3(5, 0, 2), "去年的问题。"));
		assertEquals(List.of(IssueCodes.CARRY_OVER_MISMATCH), codes(issuesOfFirst(set)));
	}

	@Test
	void aMissingPreviousReportIsReported() {
		List<Issue> byName = Validation.issues(report("镇2024", "2024", "previous 镇2022", T2_ZERO, t3(4, 0, 1), "问题。"));
		assertEquals(List.of(IssueCodes.REPORT_NOT_FOUND), codes(byName), Validation.describe(byName));
		assertTrue(byName.get(0).getMessage().startsWith("找不到名为“镇2022”的报告"), byName.get(0).getMessage());
		List<Issue> byPath = Validation
				.issues(report("镇2024", "2024", "previous \"nowhere/2023.nianbao\"", T2_ZERO, t3(4, 0, 1), "问题。"));
		assertEquals(List.of(IssueCodes.REPORT_NOT_FOUND), codes(byPath), Validation.describe(byPath));
		assertTrue(byPath.get(0).getMessage().contains("nowhere/2023.nianbao"));
	}

	@Test
	void partFiveCopiedFromLastYearIsAWarning() {
		String text = "一是政策解读形式单一；二是信息发布不够及时。";
		XtextResourceSet set = files("this.nianbao",
				report("镇2024", "2024", "previous 镇2023", T2_ZERO, t3(4, 2, 1), text),
				"last.nianbao", report("镇2023", "2023", "", T2_ZERO, t3(5, 0, 2), text));
		List<Issue> issues = issuesOfFirst(set);
		assertEquals(List.of(IssueCodes.COPIED_FROM_LAST_YEAR), codes(issues), Validation.describe(issues));
		assertEquals(Integer.valueOf(18), issues.get(0).getLineNumber(), "on the heading of part 五");
	}

	@Test
	void partFiveLeftAsTheSkeletonsPromptBothYearsIsOnlyUnfilled() {
		String prompt = org.nianbao.form.ReportSkeleton.PROMPT + "本年度工作存在的主要问题及改进情况（不得照抄往年内容）。";
		XtextResourceSet set = files("this.nianbao",
				report("镇2024", "2024", "previous 镇2023", T2_ZERO, t3(4, 2, 1), prompt),
				"last.nianbao", report("镇2023", "2023", "", T2_ZERO, t3(5, 0, 2), prompt));
		List<Issue> issues = issuesOfFirst(set);
		assertEquals(List.of(IssueCodes.UNFILLED_PROMPT), codes(issues), Validation.describe(issues));
	}

	@Test
	void lastYearMustBeTheYearBefore() {
		XtextResourceSet set = files("this.nianbao",
				report("镇2024", "2024", "previous 镇2022", T2_ZERO, t3(4, 2, 1), "今年。"),
				"last.nianbao", report("镇2022", "2022", "", T2_ZERO, t3(5, 0, 2), "去年。"));
		List<Issue> issues = issuesOfFirst(set);
		assertEquals(List.of(IssueCodes.PREVIOUS_YEAR_MISMATCH), codes(issues));
		assertEquals("本报告是 2024 年度的，上年报告应是 2023 年度的，而“安和县镇2022报告”是 2022 年度的：请核对 previous",
				issues.get(0).getMessage());

		XtextResourceSet sameYear = files("this.nianbao",
				report("镇2024", "2024", "previous 镇2024乙", T2_ZERO, t3(4, 2, 1), "今年。"),
				"last.nianbao", report("镇2024乙", "2024", "", T2_ZERO, t3(5, 0, 2), "去年。").replace("organ \"安和县镇2024乙\"",
						"organ \"安和县某镇人民政府\""));
		List<Issue> same = issuesOfFirst(sameYear);
		assertEquals(List.of(IssueCodes.PREVIOUS_YEAR_MISMATCH), codes(same), Validation.describe(same));
		assertEquals("本报告是 2024 年度的，上年报告应是 2023 年度的，而“安和县某镇人民政府2024年报告”是 2024 年度的：请核对 previous",
				same.get(0).getMessage());
	}

	private static String table2(String rules, String normative) {
		return "规章 " + rules + "\n行政规范性文件 " + normative + "\n行政许可 0\n行政处罚 0\n行政强制 0\n行政事业性收费 0";
	}

	@Test
	void documentsInForceFollowFromLastYear() {
		String last = report("镇2023", "2023", "", table2("0 0 2", "1 2 8"), t3(5, 0, 2), "去年的问题。");
		XtextResourceSet ok = files("this.nianbao",
				report("镇2024", "2024", "previous 镇2023", table2("1 0 3", "2 1 9"), t3(4, 2, 1),
						"今年的问题。"),
				"last.nianbao", last);
		assertEquals(List.of(), issuesOfFirst(ok), Validation.describe(issuesOfFirst(ok)));

		String thisYear = report("镇2024", "2024", "previous 镇2023", table2("1 0 2", "2 1 10"), t3(4, 2, 1), "今年的问题。");
		List<Issue> issues = issuesOfFirst(files("this.nianbao", thisYear, "last.nianbao", last));
		assertEquals(List.of(IssueCodes.IN_FORCE_MISMATCH, IssueCodes.IN_FORCE_MISMATCH), codes(issues),
				Validation.describe(issues));
		Issue normative = issues.get(1);
		assertEquals(org.eclipse.xtext.diagnostics.Severity.WARNING, normative.getSeverity());
		assertTrue(normative.getMessage()
				.startsWith("现行有效件数与上年不衔接（行政规范性文件）：安和县镇2023报告现行有效 8 件 + 本年制发 2 件 − 本年废止 1 件 = 9 件，"
						+ "而本年现行有效写为 10 件。"),
				normative.getMessage());
		assertTrue(normative.getMessage().contains("依据："), normative.getMessage());
		assertEquals("10", thisYear.substring(normative.getOffset(), normative.getOffset() + normative.getLength()));
		assertEquals(List.of(new IssueDatum.Replacement("9")), IssueData.of(normative));
		assertTrue(
				issues.get(0).getMessage()
						.startsWith("现行有效件数与上年不衔接（规章）：安和县镇2023报告现行有效 2 件 + 本年制发 1 件 − 本年废止 0 件 = 3 件"),
				issues.get(0).getMessage());
	}

	private static final String A_TABLE2 = "规章 0 0 0\n行政规范性文件 1 0 2\n行政许可 10\n行政处罚 3\n行政强制 0\n行政事业性收费 1.25";

	private static XtextResourceSet county(String countyTable2, String memberTable2) {
		return files("county.nianbao",
				report("县2024", "2024", "members 甲镇2024 乙镇2024 \"towns/丙乡.nianbao\"", countyTable2, "", "全县的问题。"),
				"a.nianbao", report("甲镇2024", "2024", "", memberTable2, t3(2, 0, 0), "甲的问题。"),
				"b.nianbao",
				report("乙镇2024", "2024", "", "规章 0 0 0\n行政规范性文件 0 0 1\n行政许可 5\n行政处罚 0\n行政强制 1\n行政事业性收费 0.5",
						t3(3, 1, 1), "乙的问题。"),
				"towns/丙乡.nianbao", report("丙乡2024", "2024", "", T2_ZERO, t3(1, 0, 0), "丙的问题。"));
	}

	@Test
	void aCombinedReportLeftOutIsTheSumOfItsMembers() {
		XtextResourceSet set = county("", A_TABLE2);
		assertEquals(List.of(), issuesOfFirst(set), Validation.describe(issuesOfFirst(set)));
		Report county = (Report) set.getResources().get(0).getContents().get(0);
		ReportEvaluation evaluation = evaluator.evaluate(county);
		assertEquals(3, evaluation.members().size());
		Table t3 = evaluation.form().getTables().get(1);
		TableFigures figures = evaluation.table(t3);
		Row newThisYear = Forms.leafRows(t3).get(0);
		Column total = Forms.leafColumns(t3).get(6);
		assertEquals(new BigDecimal("6"), figures.value(newThisYear, total));
		Table t2 = evaluation.form().getTables().get(0);
		Row fee = Forms.leafRows(t2).get(5);
		assertEquals(new BigDecimal("1.75"), evaluation.table(t2).value(fee, Forms.columnsOf(fee).get(0)));
	}

	@Test
	void aWrittenCombinedFigureIsCheckedWithTheMemberBreakdown() {
		String table2 = "规章 0 0 0\n行政规范性文件 1 0 3\n行政许可 15\n行政处罚 3\n行政强制 1\n行政事业性收费 1.75";
		assertEquals(List.of(), issuesOfFirst(county(table2, A_TABLE2)));
		List<Issue> issues = issuesOfFirst(county(table2.replace("行政许可 15", "行政许可 16"), A_TABLE2));
		assertEquals(List.of(IssueCodes.MEMBER_SUM_MISMATCH), codes(issues), Validation.describe(issues));
		assertEquals("与成员报告之和不符（行政许可，本年处理决定数量）：写为 16，成员合计 15"
				+ "（安和县甲镇2024报告 10，安和县乙镇2024报告 5，安和县丙乡2024报告 0）", issues.get(0).getMessage());
	}

	@Test
	void aNameThatSeveralReportsOfTheFolderHaveIsAGuessAndSaysWhichFiles() {
		String member = report("甲镇2024", "2024", "", T2_ZERO, t3(2, 0, 0), "甲。");
		XtextResourceSet twoOfThem = files("county.nianbao", report("县2024", "2024", "members 甲镇2024", "", "", "全县。"),
				"甲镇.nianbao", member, "甲镇（更正）.nianbao", member);
		List<Issue> issues = issuesOfFirst(twoOfThem);
		assertEquals(List.of(IssueCodes.AMBIGUOUS_REPORT_NAME), codes(issues), Validation.describe(issues));
		assertEquals("有 2 份报告都叫“甲镇2024”（甲镇.nianbao、甲镇（更正）.nianbao），不知道指的是哪一份：请改用文件名，如 \"甲镇.nianbao\"，或给其余的报告改名",
				issues.get(0).getMessage());

		String last = report("镇2023", "2023", "", T2_ZERO, t3(5, 0, 2), "去年的问题。");
		XtextResourceSet lastYearTwice = files("2024.nianbao",
				report("镇2024", "2024", "previous 镇2023", T2_ZERO, t3(1, 2, 0), "今年。"), "2023.nianbao", last,
				"2023-副本.nianbao", last);
		assertEquals(List.of(IssueCodes.AMBIGUOUS_REPORT_NAME), codes(issuesOfFirst(lastYearTwice)));

		// by its file, or once in the folder: no guess
		XtextResourceSet byFile = files("county.nianbao",
				report("县2024", "2024", "members \"甲镇.nianbao\"", "", "", "全县。"), "甲镇.nianbao", member,
				"甲镇（更正）.nianbao", member);
		assertEquals(List.of(), codes(issuesOfFirst(byFile)));
		XtextResourceSet once = files("county.nianbao", report("县2024", "2024", "members 甲镇2024", "", "", "全县。"),
				"甲镇.nianbao", member);
		assertEquals(List.of(), codes(issuesOfFirst(once)));
	}

	@Test
	void membersThatAreMissingWrongOrDuplicatedAreReported() {
		XtextResourceSet withErrors = county("", A_TABLE2.replace("行政许可 10", "行政许可 /"));
		List<Issue> issues = issuesOfFirst(withErrors);
		assertEquals(List.of(IssueCodes.MEMBER_HAS_ERRORS), codes(issues), Validation.describe(issues));

		XtextResourceSet missing = files("county.nianbao",
				report("县2024", "2024", "members \"towns/none.nianbao\"", "", "", "全县。"));
		assertEquals(List.of(IssueCodes.REPORT_NOT_FOUND), codes(issuesOfFirst(missing)));

		XtextResourceSet wrongYear = files("county.nianbao", report("县2024", "2024", "members 甲镇2023", "", "", "全县。"),
				"a.nianbao", report("甲镇2023", "2023", "", T2_ZERO, t3(2, 0, 0), "甲。"));
		assertEquals(List.of(IssueCodes.MEMBER_YEAR_MISMATCH), codes(issuesOfFirst(wrongYear)));

		XtextResourceSet twice = files("county.nianbao",
				report("县2024", "2024", "members 甲镇2024 甲镇2024", "", "", "全县。"),
				"a.nianbao", report("甲镇2024", "2024", "", T2_ZERO, t3(2, 0, 0), "甲。"));
		assertEquals(List.of(IssueCodes.DUPLICATE_MEMBER), codes(issuesOfFirst(twice)));
	}

	@Test
	void combinedReportsMayNotContainThemselves() {
		XtextResourceSet set = files("county.nianbao", report("县2024", "2024", "members 市2024", "", "", "全县。"),
				"city.nianbao", report("市2024", "2024", "members 县2024", "", "", "全市。"));
		Resource county = set.getResources().get(0);
		assertTrue(codes(Validation.issues(county)).contains(IssueCodes.CYCLIC_REFERENCE),
				Validation.describe(Validation.issues(county)));
	}

	@Test
	void aCombinedReportIsDueOnTwentiethOfFebruary() {
		XtextResourceSet onTime = county("", A_TABLE2);
		Report county = (Report) onTime.getResources().get(0).getContents().get(0);
		assertTrue(county.getMembers().size() == 3);
		String late = report("县2024", "2024", "published 2025-02-21\nmembers 甲镇2024", "", "", "全县。");
		XtextResourceSet set = files("county.nianbao", late, "a.nianbao",
				report("甲镇2024", "2024", "", T2_ZERO, t3(2, 0, 0), "甲。"));
		List<Issue> issues = issuesOfFirst(set);
		assertEquals(List.of(IssueCodes.PUBLISHED_LATE), codes(issues));
		assertTrue(issues.get(0).getMessage().contains("2025年2月20日"));
		XtextResourceSet inTime = files("county.nianbao", late.replace("2025-02-21", "2025-02-20"), "a.nianbao",
				report("甲镇2024", "2024", "", T2_ZERO, t3(2, 0, 0), "甲。"));
		assertEquals(List.of(), issuesOfFirst(inTime));
	}
}
