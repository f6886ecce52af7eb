package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.tests.support.LoadedReport;

/**
 * Text laid out with spaces: {@code pdftotext -layout} of the shared Huaian PDF imports with the figures printed in
 * the PDF (read off its pages rendered with {@code pdftoppm -r 80}), page numbers dropped, paragraphs joined.
 */
class SpacedTextImportTest {

	@Test
	void huaianPdftotextHasThePdfsFigures(@TempDir Path dir) throws Exception {
		Path copy = Files.copy(Imports.resource("huaian-szf-2024-pdftotext.txt"), dir.resolve("huaian.txt"));
		Importer.Result result = Imports.importFile(copy);
		LoadedReport report = LoadedReport.of(Imports.write(dir.resolve("huaian.nianbao"), result.text()));
		assertTrue(report.resource().getErrors().isEmpty(), () -> report.resource().getErrors() + "\n" + result.text());
		assertEquals("淮安市人民政府", report.report().getOrgan(), result.text());
		Map<String, String> figures = Imports.figures(report.evaluation());
		String[][] table3 = {
				{"本年新收", "3001 53 0 0 61 4 3119"}, {"上年结转", "34 0 0 0 0 0 34"}, {"予以公开", "1288 21 0 0 50 3 1362"},
				{"部分公开", "447 7 0 0 0 0 454"}, {"国家秘密", "2 0 0 0 0 0 2"}, {"法律法规禁止公开", "30 1 0 0 0 0 31"},
				{"三安全一稳定", "5 0 0 0 0 0 5"}, {"第三方合法权益", "6 0 0 0 0 0 6"}, {"内部事务信息", "7 1 0 0 0 0 8"},
				{"过程性信息", "12 0 0 0 0 0 12"}, {"行政执法案卷", "9 0 0 0 0 0 9"}, {"行政查询事项", "105 0 0 0 0 0 105"},
				{"不掌握相关信息", "746 12 0 0 10 1 769"}, {"需另行制作", "11 0 0 0 0 0 11"}, {"补正后仍不明确", "1 0 0 0 0 0 1"},
				{"信访举报投诉", "56 6 0 0 0 0 62"}, {"重复申请", "25 0 0 0 0 0 25"}, {"公开出版物", "0 0 0 0 0 0 0"},
				{"大量反复申请", "0 0 0 0 0 0 0"}, {"确认或重新出具", "1 0 0 0 0 0 1"}, {"逾期不补正", "67 3 0 0 1 0 71"},
				{"逾期未缴费", "6 0 0 0 0 0 6"}, {"其他", "108 2 0 0 0 0 110"}, {"办理结果总计", "2932 53 0 0 61 4 3050"},
				{"结转下年", "103 0 0 0 0 0 103"}};
		List<String> columns = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
		for (String[] row : table3) {
			String[] values = row[1].split(" ");
			for (int c = 0; c < columns.size(); c++) {
				assertEquals(values[c], figures.get("依申请公开表/" + row[0] + "/" + columns.get(c)),
						row[0] + "/" + columns.get(c) + "\n" + result.text());
			}
		}
		assertEquals("1", figures.get("主动公开表/规章/本年制发件数"));
		assertEquals("66", figures.get("主动公开表/行政规范性文件/现行有效件数"));
		assertEquals("447228", figures.get("主动公开表/行政许可/许可决定数"));
		assertEquals("3985758", figures.get("主动公开表/行政处罚/处罚强制决定数"));
		assertEquals("88283", figures.get("主动公开表/行政强制/处罚强制决定数"));
		assertEquals("96171.6", figures.get("主动公开表/行政事业性收费/收费金额"));
		String[] table4 = "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20".split(" ");
		List<String> columns4 = List.of("复议维持", "复议纠正", "复议其他", "复议未结", "复议总计", "直诉维持", "直诉纠正", "直诉其他",
				"直诉未结", "直诉总计", "复诉维持", "复诉纠正", "复诉其他", "复诉未结", "复诉总计");
		for (int c = 0; c < 15; c++) {
			assertEquals(table4[c], figures.get("复议诉讼表/案件数/" + columns4.get(c)), columns4.get(c));
		}
		// page numbers are no prose; a paragraph broken over a page is one
		assertTrue(!result.text().contains("-1-") && !result.text().contains("-4-"), result.text());
		assertTrue(result.text().contains("“建设‘四最’一流营商环境高质量推进产业发展”"), result.text());
		assertTrue(result.text().contains("| 本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》"), result.text());
	}

	/**
	 * The text warns of what the PDF warns of (the rows printed 1、 for 1.), nothing about its headings: headings over
	 * several columns (申请人情况, 行政复议) are not joined to one under them, and pdftotext's spaces between wide-set
	 * glyphs (第二十条 第（一）项, 结 果) were never printed.
	 */
	@Test
	void huaianPdftotextWarnsAsThePdfDoes(@TempDir Path dir) throws Exception {
		Importer.Result text = Imports
				.importFile(Files.copy(Imports.resource("huaian-szf-2024-pdftotext.txt"), dir.resolve("h.txt")));
		Importer.Result pdf = Imports
				.importFile(Files.copy(Imports.resource("huaian-szf-2024.pdf"), dir.resolve("h.pdf")));
		List<String> fromText = text.warnings().stream().map(w -> w.message()).toList();
		List<String> fromPdf = pdf.warnings().stream().map(w -> w.message()).toList();
		assertEquals(3, fromPdf.size(), fromPdf.toString());
		assertEquals(fromPdf, fromText);
	}
}
