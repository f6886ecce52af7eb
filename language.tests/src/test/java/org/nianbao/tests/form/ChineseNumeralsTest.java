package org.nianbao.tests.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.form.ChineseNumerals;

/** Chinese numerals as reports write counts: 二十四件, 两件, 十件, 一百零五件, 〇件, 零件. */
class ChineseNumeralsTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({"二十四, 24", "两, 2", "十, 10", "十二, 12", "一百零五, 105", "〇, 0", "零, 0", "一, 1", "九十九, 99",
			"一百一十, 110", "三百, 300", "一千二百三十四, 1234", "一千零五十, 1050", "一万二千, 12000", "一万零五, 10005",
			"二〇二四, 2024", "一〇五, 105"})
	void readsTheNumber(String text, long value) {
		assertEquals(value, ChineseNumerals.parse(text));
	}

	@ParameterizedTest(name = "{0} is no number")
	@CsvSource({"一百五", "十十", "百", "二十零", "两两", "是", "一是"})
	void refusesWhatIsNoWrittenNumber(String text) {
		assertEquals(-1, ChineseNumerals.parse(text));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({"1, 一", "3, 三", "10, 十", "11, 十一", "20, 二十", "24, 二十四", "105, 一百零五", "110, 一百一十", "1000, 一千"})
	void writesHeadingNumbers(int value, String text) {
		assertEquals(text, ChineseNumerals.of(value));
		assertEquals(value, ChineseNumerals.parse(text));
	}
}
