package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closing date as printed: no leading zeros, half-width digits, 年月日. */
class ClosingDateTest {

	@Test
	void printsTheDateTheChineseWay(@TempDir Path dir) throws IOException {
		String source = Files.readString(Docs.example("anhe-scjg-2024"), StandardCharsets.UTF_8)
				.replace("published 2025-01-24", "published ２０２５-０2-03");
		Path report = Files.writeString(dir.resolve("dated.nianbao"), source, StandardCharsets.UTF_8);
		List<String> closing = Docs.generate(report).document().getParagraphs().stream()
				.filter(p -> "Closing".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
		assertEquals(List.of("安和县市场监督管理局", "2025年2月3日"), closing);
	}
}
