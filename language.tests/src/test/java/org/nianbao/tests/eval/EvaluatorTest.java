package org.nianbao.tests.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.nianbao.eval.Finding;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.eval.TableFigures.Origin;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.TestInjector;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import com.google.inject.Inject;
import org.nianbao.tests.support.ReportText;

/** The one evaluator: written figures as written, computed totals, zero fills, missing cells. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TestInjector.class)
class EvaluatorTest {

	@Inject
	private ReportEvaluator evaluator;

	private ReportEvaluation evaluate(String text) {
		Resource resource = Validation.parse(text);
		return evaluator.evaluate((Report) resource.getContents().get(0));
	}

	private static Table table(Form form, String name) {
		return form.getTables().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Row row(Table table, String name) {
		return Forms.leafRows(table).stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Column column(Table table, String name) {
		return Forms.leafColumns(table).stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theNonZeroExampleIsEvaluated() {
		ReportEvaluation evaluation = evaluate(ReportText.ANHE_2024);
		Table t3 = table(evaluation.form(), "依申请公开表");
		TableFigures figures = evaluation.table(t3);
		Column total = column(t3, "总计");
		// 国家秘密 is written without its total: computed
		assertEquals(Origin.COMPUTED, figures.origin(row(t3, "国家秘密"), total));
		assertEquals(0, figures.value(row(t3, "国家秘密"), total).signum());
		assertEquals(new BigDecimal("43"), figures.value(row(t3, "办理结果总计"), total));
		assertEquals(Origin.WRITTEN, figures.origin(row(t3, "办理结果总计"), total));
		assertEquals(new BigDecimal("41"), figures.value(row(t3, "本年新收"), total));

		Table t2 = table(evaluation.form(), "主动公开表");
		assertEquals("12.356800", evaluation.table(t2).text(row(t2, "行政事业性收费"), column(t2, "收费金额")));
		assertEquals("3186", evaluation.table(t2).text(row(t2, "行政许可"), column(t2, "许可决定数")));
	}

	@Test
	void totalsLeftOutAreComputedFromTheFigures() {
		String text = ReportText.ANHE_2024.replaceAll("(?m)^办理结果总计.*\n", "");
		ReportEvaluation evaluation = evaluate(text);
		Table t3 = table(evaluation.form(), "依申请公开表");
		TableFigures figures = evaluation.table(t3);
		Row results = row(t3, "办理结果总计");
		assertEquals(Origin.COMPUTED, figures.origin(results, column(t3, "自然人")));
		assertEquals(new BigDecimal("34"), figures.value(results, column(t3, "自然人")));
		assertEquals(new BigDecimal("43"), figures.value(results, column(t3, "总计")));
		assertEquals("43", figures.text(results, column(t3, "总计")));
	}

	@Test
	void allZeroFillsEveryCellAndAMissingRowIsUnknown() {
		String text = ReportText.ANHE_2024.replaceAll("(?m)^案件数 .*$", "all zero").replaceAll("(?m)^上年结转 .*\n", "");
		ReportEvaluation evaluation = evaluate(text);
		Table t4 = table(evaluation.form(), "复议诉讼表");
		TableFigures review = evaluation.table(t4);
		assertEquals(Origin.ZERO_FILLED, review.origin(row(t4, "案件数"), column(t4, "复议维持")));
		assertEquals(Origin.COMPUTED, review.origin(row(t4, "案件数"), column(t4, "复议总计")));
		assertEquals("0", review.text(row(t4, "案件数"), column(t4, "复议总计")));

		Table t3 = table(evaluation.form(), "依申请公开表");
		assertNull(evaluation.table(t3).value(row(t3, "上年结转"), column(t3, "自然人")));
		assertEquals(Origin.MISSING, evaluation.table(t3).origin(row(t3, "上年结转"), column(t3, "自然人")));
	}

	@Test
	void fullWidthDigitsAreReadAsTheDigitsTheyAre() {
		ReportEvaluation evaluation = evaluate(ReportText.ANHE_2024.replaceAll("(?m)^行政处罚\\s+247$", "行政处罚 ２４７"));
		Table t2 = table(evaluation.form(), "主动公开表");
		assertEquals(new BigDecimal("247"), evaluation.table(t2).value(row(t2, "行政处罚"), column(t2, "处罚强制决定数")));
		assertEquals("247", evaluation.table(t2).text(row(t2, "行政处罚"), column(t2, "处罚强制决定数")));
	}

	@Test
	void aNumberInProseThatContradictsTheTableIsAFindingButNoFigureError() {
		ReportEvaluation evaluation = evaluate(ReportText.ANHE_2024.replace("{本年新收.总计}", "75"));
		List<Finding.ProseContradiction> stated = evaluation.findings().stream()
				.filter(Finding.ProseContradiction.class::isInstance).map(Finding.ProseContradiction.class::cast)
				.toList();
		assertEquals(1, stated.size());
		assertEquals(new BigDecimal("75"), stated.get(0).stated());
		assertEquals(new BigDecimal("41"), stated.get(0).inTable());
		assertEquals(evaluate(ReportText.ANHE_2024).figureErrors(), evaluation.figureErrors());
	}
}
