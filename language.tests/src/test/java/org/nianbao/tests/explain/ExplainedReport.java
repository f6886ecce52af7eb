package org.nianbao.tests.explain;

import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.ReportText;

/**
 * The example report (anhe-scjg-2024) with the warnings real reports have — published late, a title in other words,
 * full-width digits, a 现行有效 count that does not follow from last year's, a misnumbered item and heading, prose
 * that counts otherwise than the table, part 六 without 信息处理费 — each explained where it is reported: in the
 * header, at the end of a row, above a row, a paragraph, a sub-heading and a heading.
 */
final class ExplainedReport {

	/** The warning codes this report raises, each explained once. */
	static final java.util.List<String> CODES = java.util.List.of(IssueCodes.PUBLISHED_LATE,
			IssueCodes.TITLE_INCOMPLETE, IssueCodes.TITLE_WORDING,
			IssueCodes.IN_FORCE_MISMATCH, IssueCodes.FULL_WIDTH_DIGITS, IssueCodes.ITEM_MISNUMBERED,
			IssueCodes.PROSE_CONTRADICTS_TABLE, IssueCodes.HEADING_MISNUMBERED,
			IssueCodes.MISSING_MENTION);

	private ExplainedReport() {
	}

	/** With the explanations when {@code explained}, else the same report with its warnings unexplained. */
	static String text(boolean explained) {
		String e = explained ? "" : "//-";
		return ReportText.ANHE_2024
				.replace("  published 2025-01-24\n", "  " + e + "// 已核实 published-late：县政府门户网站改版，1月31日前已报县政务公开办\n"
						+ "  published 2025-02-15\n")
				.replace("  year 2024\n", "  year 2024\n  " + e + "// 已核实 title-incomplete：按县政府办统一的标题印发\n  " + e
						+ "// 已核实 title-wording：同上\n  title \"安和县市场监管局\" \"2024年政府信息公开年度报告\"\n")
				.replace("行政规范性文件 2 1 9", "行政规范性文件 2 1 7 " + e + "// 已核实 in-force-mismatch：本年有2件文件有效期届满失效")
				.replace("行政许可       3186", e + "// 已核实 full-width-digits：照原件\n行政许可       ３１８６")
				.replace("### 2.政策解读", e + "// 已核实 item-misnumbered：照原件\n### 3.政策解读")
				.replace("| 落实公开前保密审查", e + "// 已核实 prose-contradicts-table：40件是局机关本级收到的，另1件由基层所收到\n"
						+ "| 局机关全年共收到政府信息公开申请40件。\n| 落实公开前保密审查")
				.replace("# 五、存在的主要问题及改进情况", e + "// 已核实 heading-misnumbered：照原件\n# 5、存在的主要问题及改进情况")
				.replace("未收取信息处理费", "未收取任何费用").replace("（一）信息处理费收取情况", "（一）收费情况")
				.replace("〈政府信息公开信息处理费管理办法〉", "〈有关管理办法〉")
				.replace("# 六、其他需要报告的事项", e + "// 已核实 missing-mention：本机关不收取任何费用\n# 六、其他需要报告的事项");
	}
}
