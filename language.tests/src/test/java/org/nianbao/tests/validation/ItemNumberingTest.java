package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.nianbao.issues.IssueDatum;
import org.nianbao.issues.IssueData;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/** The numbers of sub-item headings: consecutive under their parent, in the style of their level, each once. */
class ItemNumberingTest {

	private static final String BASE = ReportText.ANHE_2024;

	/** Part 一 of the example with its five ## headings renumbered as given. */
	private static String withOverviewItems(String... numbers) {
		String text = BASE;
		String[] official = {"（一）", "（二）", "（三）", "（四）", "（五）"};
		String[] titles = {"主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"};
		for (int i = 0; i < official.length; i++) {
			text = text.replace("## " + official[i] + titles[i], "## " + numbers[i] + titles[i]);
		}
		return text;
	}

	private static List<Issue> numbering(String text) {
		return Validation.issues(text).stream().filter(i -> IssueCodes.ITEM_MISNUMBERED.equals(i.getCode())).toList();
	}

	@Test
	void consecutiveItemsAreFine() {
		assertEquals(List.of(), numbering(withOverviewItems("（一）", "（二）", "（三）", "（四）", "（五）")));
		assertEquals(List.of(), numbering(withOverviewItems("(一)", "(二)", "(三)", "(四)", "(五)")), "half-width brackets");
	}

	@Test
	void aSkippedNumberGetsTheExpectedOne() {
		String text = withOverviewItems("（一）", "（二）", "（四）", "（五）", "（六）");
		List<Issue> issues = numbering(text);
		assertEquals(3, issues.size(), Validation.describe(issues));
		Issue first = issues.get(0);
		assertEquals("标题编号不连续：“（四）”应为“（三）”（同一级的上一项是第 2 项）", first.getMessage());
		assertEquals("（四）", text.substring(first.getOffset(), first.getOffset() + first.getLength()));
		assertEquals("（三）", expected(first));
		assertEquals(List.of("（四）", "（五）"), issues.stream().skip(1).map(ItemNumberingTest::expected).toList());
	}

	@Test
	void anArabicNumberAmongChineseOnesIsTheWrongStyle() {
		String text = withOverviewItems("（一）", "（二）", "（1）", "（四）", "（五）");
		List<Issue> issues = numbering(text);
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals("标题编号“（1）”不是二级标题的编号形式：二级标题依次编为（一）（二）（三）…，此处应为“（三）”", issues.get(0).getMessage());
		assertEquals("（1）",
				text.substring(issues.get(0).getOffset(), issues.get(0).getOffset() + issues.get(0).getLength()));
	}

	@Test
	void aRepeatedNumberIsSaidToBeRepeated() {
		List<Issue> issues = numbering(withOverviewItems("（一）", "（二）", "（二）", "（三）", "（四）"));
		assertEquals(3, issues.size(), Validation.describe(issues));
		assertEquals("标题编号“（二）”与上一项重复：此处应为“（三）”", issues.get(0).getMessage());
	}

	@Test
	void theFirstItemIsNumberedOne() {
		List<Issue> issues = numbering(withOverviewItems("（二）", "（三）", "（四）", "（五）", "（六）"));
		assertEquals(5, issues.size(), Validation.describe(issues));
		assertEquals("标题编号有误：同一级的第一项应编为“（一）”，这里写的是“（二）”", issues.get(0).getMessage());
	}

	@Test
	void headingsWithoutNumbersAreNotChecked() {
		assertEquals(List.of(), numbering(withOverviewItems("", "", "", "", "")));
	}

	@Test
	void eachPartCountsFromOne() {
		String text = BASE.replace("| （一）信息处理费收取情况。", "## （一）信息处理费收取情况\n|")
				.replace("| （二）人大代表建议", "## （三）人大代表建议\n|");
		List<Issue> issues = numbering(text);
		assertEquals(1, issues.size(), Validation.describe(issues));
		assertEquals("（二）", expected(issues.get(0)));
	}

	@Test
	void theThirdAndFourthLevelsCountUnderTheirParent() {
		String items = "### 1.政策解读\n| 发布图文解读4篇。\n#### （1）图解\n| 图解2篇。\n#### （2）视频\n| 视频2期。\n"
				+ "### 2.平台建设\n| 新增专题2个。\n#### （1）专题\n| 专题2个。\n";
		String text = BASE.replace("## （三）政府信息管理\n", items + "## （三）政府信息管理\n");
		assertTrue(text.contains(items), "the items go under （二）, which has none of its own");
		assertEquals(List.of(), numbering(text), "（1） again under the next 1.: each level counts under its parent");

		List<Issue> skipped = numbering(text.replace("### 2.平台建设", "### 3.平台建设"));
		assertEquals(1, skipped.size(), Validation.describe(skipped));
		assertEquals("2.", expected(skipped.get(0)));
		assertEquals("标题编号不连续：“3.”应为“2.”（同一级的上一项是第 1 项）", skipped.get(0).getMessage());

		List<Issue> style = numbering(text.replace("#### （2）视频", "#### 2.视频"));
		assertEquals(1, style.size(), Validation.describe(style));
		assertEquals("标题编号“2.”不是四级标题的编号形式：四级标题依次编为（1）（2）（3）…，此处应为“（2）”", style.get(0).getMessage());

		List<Issue> chineseAtThird = numbering(text.replace("### 1.政策解读", "### （一）政策解读"));
		assertEquals(List.of("1."), chineseAtThird.stream().map(ItemNumberingTest::expected).toList(),
				Validation.describe(chineseAtThird));
	}

	/** The number the fix writes instead. */
	private static String expected(Issue issue) {
		return IssueData.first(issue, IssueDatum.Replacement.class).text();
	}
}
