package org.nianbao.tests.ide;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Hovers show the evaluator's numbers: a row's values by column, how a total is summed, a form's rule. */
class HoverTest extends NianbaoServerTest {

	private static final String ANHE = example("anhe-scjg-2024.nianbao");

	@Test
	void hoverOnARowShowsEachValueWithItsColumnAndTheComputedTotal() {
		String text = hoverAt(ANHE, "上年结转", "上年结转");
		Assertions.assertTrue(text.startsWith("**二、上年结转政府信息公开申请数量** · 收到和处理政府信息公开申请情况"), text);
		Assertions.assertTrue(text.contains("| 自然人 | 2 |  |"), text);
		Assertions.assertTrue(text.contains("| 商业企业 | 1 |  |"), text);
		Assertions.assertTrue(text.contains("| 总计 | 3 |  总计 = 自然人 + 法人或其他组织 = 2 + 1 = 3 |")
				|| text.contains("| 总计 | 3 | 总计 = 自然人 + 法人或其他组织 = 2 + 1 = 3 |"), text);
	}

	@Test
	void hoverOnARowShowsTheFormsRuleEvaluatedForTheReport() {
		String text = hoverAt(ANHE, "上年结转", "上年结转");
		Assertions.assertTrue(text.endsWith("\n勾稽关系 一 + 二 = 三（七）+ 四：各列均成立（缺数的列不核对）\n"), text);
	}

	@Test
	void hoverOnARowShowsWhereTheRuleIsBroken() {
		String broken = example("errors/balance-rule-broken.nianbao");
		String text = hoverAt(broken, "本年新收", "本年新收");
		Assertions.assertTrue(text.endsWith("\n勾稽关系 一 + 二 = 三（七）+ 四：不成立——自然人：36 ≠ 35\n"), text);
	}

	@Test
	void hoverOnAnUnwrittenTotalShowsItComputed() {
		// 国家秘密 is written without its total: the 总计 column is computed
		String text = hoverAt(ANHE, "国家秘密", "国家秘密");
		Assertions.assertTrue(text.contains("| 总计 | 0 | 自动计算；总计 = 自然人 + 法人或其他组织 = 0 + 0 = 0 |"), text);
	}

	@Test
	void hoverOnAWrongTotalShowsHowItWasSummed() {
		String report = example("errors/result-total-wrong.nianbao");
		String text = hoverAt(report, "办理结果总计", "34");
		Assertions.assertTrue(text.startsWith("**（七）总计**（三（七）） · 收到和处理政府信息公开申请情况"), text);
		Assertions.assertTrue(text.contains("**自然人**：34"), text);
		Assertions.assertTrue(text.contains("三（七） = 三（一）+ 三（二）+ 三（三）+ 三（四）+ 三（五）+ 三（六） = 13 + 3 + 5 + 8 + 3 + 1 = 33"
				+ "（写为 34，应为 33）"), text);
	}

	@Test
	void hoverOnARowTotalInTheTotalColumnShowsBothSums() {
		String text = hoverAt(ANHE, "办理结果总计", "43");
		Assertions.assertTrue(text.contains("总计 = 自然人 + 法人或其他组织 = 34 + 9 = 43"), text);
		Assertions.assertTrue(text.contains("三（七） = 三（一）+ 三（二）+ 三（三）+ 三（四）+ 三（五）+ 三（六） = 19 + 4 + 7 + 9 + 3 + 1 = 43"),
				text);
	}

	@Test
	void hoverOnACitedFigureShowsItsValue() {
		String text = hoverAt(ANHE, "| 规范依申请公开受理", "本年新收.总计");
		Assertions.assertEquals("**一、本年新收政府信息公开申请数量** · 总计：41", text);
	}

	@Test
	void hoverOnLastYearsCitedFigureShowsLastYearsValue() {
		writeFile("anhe-scjg-2023.nianbao", example("anhe-scjg-2023.nianbao"));
		String text = hoverAt(ANHE, "| 规范依申请公开受理", "previous.本年新收");
		Assertions.assertEquals("**上年 · 一、本年新收政府信息公开申请数量** · 总计：34", text);
	}

	@Test
	void hoverOnARuleOfAFormShowsItsEquationAndBasis() {
		String form = """
				form 小表格式 "测试格式"
				part 数据 "一、数据" table 收支表
				table 收支表 "收支"
				  block 主体
				    columns
				      件数 "件数"
				    rows
				      新收 "一、新收" code "一"
				      结转 "二、结转" code "二"
				      办结 "三、办结" code "三"
				  rule 平衡 each column: 新收 + 结转 = 办结
				    message "收支不平衡"
				    basis "表注：一加二等于三"
				""";
		String text = hoverAt(form, "  rule", "平衡");
		Assertions.assertEquals("""
				**勾稽关系 平衡**（每列均应成立）

				一 + 二 = 三

				即：新收 + 结转 = 办结

				不成立时提示：收支不平衡

				依据：表注：一加二等于三

				在报告中，此关系按报告填写的数值逐列核对。""", text);
	}

	private String[] result = new String[1];

	private String hoverAt(String model, String lineStart, String within) {
		Position at = position(model, lineStart, within);
		testHover(c -> {
			c.setModel(model);
			c.setLine(at.getLine());
			c.setColumn(at.getCharacter() + 1);
			c.setAssertHover((Hover hover) -> result[0] = hover.getContents().getRight().getValue());
		});
		return result[0];
	}
}
