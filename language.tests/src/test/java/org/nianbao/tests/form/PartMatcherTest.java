package org.nianbao.tests.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.form.PartMatch;
import org.nianbao.form.PartMatcher;
import org.nianbao.nianbao.Form;
import org.nianbao.tests.support.ReportText;
import org.nianbao.tests.support.Validation;
import org.nianbao.issues.IssueCodes;

/**
 * Part headings as offices print them: the 2019 wording, another phrase, Shanghai's numbering. Each is the part
 * it stands for, flagged as printed, never a missing part.
 */
class PartMatcherTest {

	private static List<String> codes(String text) {
		return Validation.issues(text).stream().map(Issue::getCode).toList();
	}

	private static long count(List<String> codes, String code) {
		return codes.stream().filter(code::equals).count();
	}

	@Test
	void the2019WordingAndAnotherPhraseAreTheirPartsMislabelled() {
		String text = ReportText.ANHE_2024
				.replace("# 四、政府信息公开行政复议、行政诉讼情况", "# 四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况")
				.replace("# 五、存在的主要问题及改进情况", "# 五、政府信息公开工作存在的主要问题及改进情况");
		List<String> codes = codes(text);
		assertEquals(2, count(codes, IssueCodes.HEADING_MISLABELLED), codes.toString());
		assertFalse(codes.contains(IssueCodes.MISSING_PART), codes.toString());
		assertFalse(codes.contains(IssueCodes.UNKNOWN_PART), codes.toString());

		List<String> other = codes(ReportText.ANHE_2024.replace("# 五、存在的主要问题及改进情况", "# 五、存在的主要问题及整改措施"));
		assertEquals(1, count(other, IssueCodes.HEADING_MISLABELLED), other.toString());
		assertFalse(other.contains(IssueCodes.MISSING_PART), other.toString());
	}

	@Test
	void shanghaiNumberingIsMisnumberedNotMissing() {
		// 总体情况 printed without a number, so every later part is numbered one less (六 printed as 五)
		String text = ReportText.ANHE_2024.replace("# 一、总体情况", "# 总体情况")
				.replace("# 二、主动公开政府信息情况", "# 一、主动公开政府信息情况")
				.replace("# 三、收到和处理政府信息公开申请情况", "# 二、收到和处理政府信息公开申请情况")
				.replace("# 四、政府信息公开行政复议、行政诉讼情况", "# 三、政府信息公开行政复议、行政诉讼情况")
				.replace("# 五、存在的主要问题及改进情况", "# 四、存在的主要问题及改进情况")
				.replace("# 六、其他需要报告的事项", "# 五、其他需要报告的事项");
		List<String> codes = codes(text);
		assertEquals(6, count(codes, IssueCodes.HEADING_MISNUMBERED), codes.toString());
		assertFalse(codes.contains(IssueCodes.MISSING_PART), codes.toString());
		assertFalse(codes.contains(IssueCodes.PART_OUT_OF_ORDER), codes.toString());
		assertFalse(codes.stream().anyMatch(c -> c.startsWith("total") || c.contains("row")), codes.toString());
	}

	@Test
	void aSentenceWithAPartsWordsIsNoHeading() {
		Form form = (Form) Validation.parse(ReportText.nationalForm()).getContents().get(0);
		assertNull(PartMatcher.match("四、加强政府信息公开工作，提升行政复议、行政诉讼应诉水平", form).part());
		assertNull(PartMatcher.match("（四）政府信息公开平台建设", form).part());
		PartMatch worded = PartMatcher.match("五、政府信息公开工作存在的主要问题及改进情况", form);
		assertEquals("五、存在的主要问题及改进情况", worded.part().getLabel());
		assertTrue(worded.numberRight());
		assertFalse(worded.titleRight());
	}

	@Test
	void aHeadingWordedOtherwiseIsThePartItsPlaceAndNumberSay() {
		// 四 worded so that its words alone match nothing, holding table 4's row; 五 as some offices title it
		String text = ReportText.ANHE_2024.replace("# 四、政府信息公开行政复议、行政诉讼情况", "# 四、行政复议和行政诉讼情况")
				.replace("# 五、存在的主要问题及改进情况", "# 五、工作存在的不足及下一步打算");
		List<Issue> issues = Validation.issues(text);
		List<String> codes = issues.stream().map(Issue::getCode).toList();
		assertEquals(2, count(codes, IssueCodes.HEADING_MISLABELLED), codes.toString());
		assertFalse(codes.contains(IssueCodes.MISSING_PART), codes.toString());
		assertFalse(codes.contains(IssueCodes.UNKNOWN_PART), codes.toString());
		assertTrue(issues.stream().anyMatch(i -> i.getMessage()
				.equals("部分标题与格式不一致：“五、工作存在的不足及下一步打算”应为“五、存在的主要问题及改进情况”")), issues.toString());
	}

	@Test
	void shanghaiTablePartsNumberedAfterAnExtraPart() {
		// an extra prose part after 总体情况, then the table parts numbered 一、二、三 again, 六 printed as 五
		String text = ReportText.ANHE_2024.replace("# 二、主动公开政府信息情况", "# 二、政务公开工作亮点\n| 本年度亮点突出。\n\n# 一、主动公开政府信息情况")
				.replace("# 三、收到和处理政府信息公开申请情况", "# 二、收到和处理政府信息公开申请情况")
				.replace("# 四、政府信息公开行政复议、行政诉讼情况", "# 三、行政复议和行政诉讼情况")
				.replace("# 五、存在的主要问题及改进情况", "# 四、工作存在的不足及下一步打算")
				.replace("# 六、其他需要报告的事项", "# 五、其他需要报告的事项");
		List<String> codes = codes(text);
		assertEquals(5, count(codes, IssueCodes.HEADING_MISNUMBERED), codes.toString());
		assertEquals(1, count(codes, IssueCodes.UNKNOWN_PART), codes.toString()); // the extra part: not in the form
		assertFalse(codes.contains(IssueCodes.MISSING_PART), codes.toString());
		assertFalse(codes.contains(IssueCodes.PART_OUT_OF_ORDER), codes.toString());
		assertFalse(codes.contains(IssueCodes.ROW_NOT_IN_TABLE), codes.toString());
	}

	@Test
	void aNumberOutOfPlaceMakesNoPart() {
		// 二 again after 五: no part lies between 五 and 六 for it, so it stays unknown and 五 is not taken twice
		String text = ReportText.ANHE_2024.replace("# 六、其他需要报告的事项", "# 二、下一步工作打算\n| 继续努力。\n\n# 六、其他需要报告的事项");
		List<String> codes = codes(text);
		assertEquals(1, count(codes, IssueCodes.UNKNOWN_PART), codes.toString());
		assertFalse(codes.contains(IssueCodes.DUPLICATE_PART), codes.toString());
		assertFalse(codes.contains(IssueCodes.HEADING_MISLABELLED), codes.toString());
	}
}
