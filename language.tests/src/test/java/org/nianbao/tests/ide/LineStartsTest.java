package org.nianbao.tests.ide;

import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.nianbao.ide.text.LineStarts;

/** The formatter's fast offset-to-position lookup agrees with Xtext's Document at every offset. */
class LineStartsTest {

	@Test
	void everyOffsetGivesXtextsPosition() {
		String text = "report 镇2024\r\n  year 2024\n\n# 一、总体情况\r| 正文😀，\n本年新收 1 0 0\n";
		Document document = new Document(1, text);
		LineStarts lines = LineStarts.of(text);
		for (int offset = 0; offset <= text.length(); offset++) {
			Assertions.assertEquals(document.getPosition(offset), lines.position(offset), "offset " + offset);
		}
	}

	@Test
	void anEmptyTextHasOneLine() {
		Assertions.assertEquals(new Document(1, "").getPosition(0), LineStarts.of("").position(0));
	}
}
