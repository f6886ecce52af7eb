package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.Importer;

/** Report pages as portals publish them: the real 平潭 pages, and a GBK Word-export page with real defects. */
class HtmlImportTest {

	@Test
	void pingtan2022WordExportMarkup() {
		Importer.Result result = Imports.importFile(Imports.resource("pingtan-2022.html"));
		String text = result.text();
		assertTrue(text.contains("  organ \"平潭综合实验区\"\n  year 2022\n  title \"平潭综合实验区2022年度政府信息公开工作年度报告\"\n"), text);
		assertTrue(text.contains("\n行政规范性文件 88 55 698\n"), text);
		assertTrue(text.contains("\n行政事业性收费 9116.36\n"), text);
		assertTrue(text.contains("\n本年新收         71 3 0 0 0 0 74\n"), text);
		assertTrue(text.contains("\n办理结果总计     72 3 0 0 0 0 75\n"), text);
		assertTrue(text.contains("\n案件数 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0\n"), text);
		// the page really prints 行政法复议 in its fourth heading: kept, and reported
		assertTrue(text.contains("\n# 四、政府信息公开行政法复议、行政诉讼情况\n"), text);
		assertEquals(List.of("标题印作“四、政府信息公开行政法复议、行政诉讼情况”，格式为“四、政府信息公开行政复议、行政诉讼情况”：照印保留"),
				result.warnings().stream().map(ImportWarning::message).toList());
		// nothing of the navigation, the attachment box or the footer around the article
		assertFalse(text.contains("扫一扫") || text.contains("附件下载") || text.contains("关闭"), text);
	}

	@Test
	void pingtan2023EditorMarkupWithSplitLabelsAndStrayNbsp() {
		Importer.Result result = Imports.importFile(Imports.resource("pingtan-2023.html"));
		String text = result.text();
		assertTrue(text.contains("\n# 一、总体情况\n"), "the heading's &nbsp; is not part of it: " + text);
		assertTrue(text.contains("\n## （一）主动公开方面\n"), text);
		assertTrue(text.contains("\n本年新收         80 1 0 0 0 0 81\n"), text);
		assertTrue(text.contains("\n部分公开         19 1 0 0 0 0 20\n"), text);
		assertTrue(text.contains("\n案件数 1 1 0 0 2 4 0 0 1 5 1 0 1 0 2\n"), text);
		assertTrue(result.warnings().isEmpty(), "商业 / 企业 over two paragraphs is one label: " + result.warnings());
	}

	@Test
	void gbkPageWithTheDefectsOfRealReports() {
		Importer.Result result = Imports.importFile(Imports.resource("donghe-wenlv-2020-gbk.html"));
		String text = result.text();
		List<String> warnings = result.warnings().stream().map(w -> w.toText("p")).toList();
		// GBK without a charset declaration is read as GBK
		assertTrue(text.contains("  organ \"东河县文化和旅游局\"\n  year 2020\n  published 2021-01-28\n"), text);
		// 2019 rows kept under their own names (validation reports them), with the nearest 2021 row named
		assertTrue(text.contains("\n// 表格1:第4行：格式中没有此行，照印保留\n规范性文件           1 1 6\n"), text);
		assertTrue(warnings.contains("p:表格1:第4行: warning: “规范性文件”是 2019 年试行格式的行，2021 年格式没有此行（最接近：行政规范性文件），照印保留"),
				warnings::toString);
		assertTrue(warnings.contains("p:表格1:第2行: warning: 表头“本年新制作数量”是 2019 年试行格式的列，2021 年格式没有此列（最接近：本年制发件数）"),
				warnings::toString);
		// placeholders and blank cells as printed, the full-width slash too
		assertTrue(text.contains("\n行政强制             _ ／ 0\n"), text);
		assertTrue(text.contains("\n部分公开         / / / / / /\n"), text);
		assertTrue(text.contains("\n案件数 0 0 0 0 0 0 0 0 0 0 — — — — —\n"), text);
		// no 其他 column: every row of table 3 one short, said once, nothing padded
		assertTrue(text.contains("\n本年新收         3 1 0 0 0 4\n"), text);
		assertTrue(text.contains("\n结转下年         0 0 0 0 0 _\n"), text);
		assertTrue(warnings.contains("p:表格2: warning: 各行都比格式少 1 列（表头缺列？）：照印保留，请核对原表"), warnings::toString);
		// （六）其他处理 printed without its sub-rows, as in 2019
		assertTrue(text.contains("\n其他处理         0 0 0 0 0 0\n"), text);
		// 行政法复议 in a heading and a column label; the sixth part numbered 五
		assertTrue(text.contains("\n# 四、政府信息公开行政法复议、行政诉讼情况\n"), text);
		assertTrue(warnings.contains("p:表格3:第1行: warning: 表头印作“行政法复议”，格式为“行政复议”"), warnings::toString);
		assertTrue(text.contains("\n# 五、其他需要报告的事项\n| 本年度未收取信息处理费。\n"), text);
		assertFalse(text.contains("网站导航") || text.contains("主办"), text);
	}

	@Test
	void aPageWithoutAReportSaysSo(@TempDir Path dir) throws Exception {
		Path page = Imports.write(dir.resolve("news.html"),
				"<html><body><p>新闻</p><table><tr><td>1</td></tr></table></body></html>");
		var failure = org.junit.jupiter.api.Assertions.assertThrows(org.nianbao.importer.UnreadableInput.class,
				() -> new Importer(Imports.nationalForm()).importFile(page));
		assertEquals("网页中找不到年度报告正文（没有“总体情况”等部分标题），无法导入", failure.getMessage());
	}

	/**
	 * The title is the article's: its heading above the content (div.article_title on the Pingtan page), else the
	 * page's {@code <title>} without the column and site names after it — never …年度报告_政府信息公开年报_某某.
	 */
	@Test
	void titleFromTheArticleNotThePagesTitle(@TempDir Path dir) throws Exception {
		String page = java.nio.file.Files.readString(Imports.resource("pingtan-2023.html"))
				.replaceAll("<meta name=\"ArticleTitle\"[^>]*>", "");
		String title = "  title \"平潭综合实验区2023年度政府信息公开工作年度报告\"\n";
		String byHeading = Imports.importFile(Imports.write(dir.resolve("a.html"), page)).text();
		assertTrue(byHeading.contains(title), byHeading);
		String noHeading = page.replaceAll("(?s)<div class=\"article_title_group\">.*?</div>\\s*</div>", "")
				.replace("_政府信息公开年报_平潭综合实验区党工委管委会", "-平潭综合实验区管委会");
		assertFalse(noHeading.contains("article_title"), "the fixture changed");
		String byPageTitle = Imports.importFile(Imports.write(dir.resolve("b.html"), noHeading)).text();
		assertTrue(byPageTitle.contains(title), byPageTitle);
	}
}
