package org.nianbao.tests.ide;

import org.junit.jupiter.api.Test;

/** Formatting lines up each table's figures, Chinese characters two cells wide, and leaves every other line alone. */
class FormattingTest extends NianbaoServerTest {

	@Test
	void figuresAreAlignedAndProseIsKept() {
		String model = """
				report 测试2024
				  organ "测试局"

				# 一、总体情况
				|   这一行  文字   保持原样，包括 1 2 3 这些数字。
				## （一）主动公开

				# 二、主动公开政府信息情况
				// 注释也不动：规章 0 0 0
				规章 0 0 0
				行政规范性文件   12 1    9
				行政许可 3186
				  行政处罚 247
				行政强制 18 // 行尾注释保留
				行政事业性收费 12.5

				# 三、收到和处理政府信息公开申请情况
				本年新收 33 5 0 0 2 1 41
				上年结转 2 1 0 0 0 0 3
				法律法规禁止公开 0 0 0 0 0 0
				others zero
				""";
		String expected = """
				report 测试2024
				  organ "测试局"

				# 一、总体情况
				|   这一行  文字   保持原样，包括 1 2 3 这些数字。
				## （一）主动公开

				# 二、主动公开政府信息情况
				// 注释也不动：规章 0 0 0
				规章            0 0 0
				行政规范性文件 12 1 9
				行政许可       3186
				行政处罚       247
				行政强制        18 // 行尾注释保留
				行政事业性收费 12.5

				# 三、收到和处理政府信息公开申请情况
				本年新收         33 5 0 0 2 1 41
				上年结转          2 1 0 0 0 0  3
				法律法规禁止公开  0 0 0 0 0 0
				others zero
				""";
		testFormatting(c -> {
			c.setModel(model);
			c.setExpectedText(expected);
		});
	}

	@Test
	void table4KeepsItsThreeGroupsOfFive() {
		String model = """
				report 测试2024
				  organ "测试局"

				# 四、政府信息公开行政复议、行政诉讼情况
				案件数 1 0 0 1 2 1 0 0 0 1 10 0 0 0 10
				""";
		String expected = """
				report 测试2024
				  organ "测试局"

				# 四、政府信息公开行政复议、行政诉讼情况
				案件数 1 0 0 1 2  1 0 0 0 1  10 0 0 0 10
				""";
		testFormatting(c -> {
			c.setModel(model);
			c.setExpectedText(expected);
		});
	}
}
