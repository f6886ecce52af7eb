package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.NianbaoCli;
import org.nianbao.importer.Importer;
import org.nianbao.tests.cli.CommandLineRun;

/**
 * Markdown as PDF-to-text converters write it: the Pingtan 2023 page written out the way they do
 * ({@code pingtan-2023-converter.md}: {@code **bold**} title and sub-item, {@code #} on some parts and not on others,
 * a list, table 3 broken into two tables with its header cells split over two rows).
 */
class MarkdownImportTest {

	/** The figure rows of a report's text (the lines of its tables), in order. */
	private static List<String> tableLines(String text, String part) {
		String from = text.substring(text.indexOf("\n# " + part));
		int end = from.indexOf("\n# ", 3);
		return from.substring(0, end < 0 ? from.length() : end).lines().skip(1)
				.filter(l -> !l.startsWith("|") && !l.isBlank())
				.toList();
	}

	@Test
	void converterMarkdownImportsWithTheFiguresOfThePageItself() {
		Importer.Result markdown = Imports.importFile(Imports.resource("pingtan-2023-converter.md"));
		Importer.Result page = Imports.importFile(Imports.resource("pingtan-2023.html"));
		for (String part : List.of("二、", "三、", "四、")) {
			assertEquals(tableLines(page.text(), part), tableLines(markdown.text(), part), markdown.text());
		}
		assertEquals(List.of(), markdown.errors(), markdown.errors().toString());
		String text = markdown.text();
		assertTrue(text.contains("  organ \"平潭综合实验区\"\n  year 2023\n"), text);
		assertTrue(text.contains("\n## （一）主动公开方面\n"), text); // **bold** is the printed sub-item heading
		assertTrue(text.contains("\n## （二）依申请公开方面\n| 2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件"), text);
		assertTrue(text.contains("\n# 二、主动公开政府信息情况\n"), text); // a part heading without '#'
		// a paragraph broken over two lines by the converter is one paragraph
		assertTrue(text.contains("按照国务院办公厅、省政府办公厅关于政务公开的决策部署"), text);
		assertFalse(text.contains("**"), text);
	}

	@Test
	void aTxtFileThatIsMarkdownIsReadAsMarkdown(@TempDir Path dir) throws Exception {
		Path txt = dir.resolve("平潭2023.txt");
		Files.copy(Imports.resource("pingtan-2023-converter.md"), txt);
		Importer.Result asText = Imports.importFile(txt);
		Importer.Result markdown = Imports.importFile(Imports.resource("pingtan-2023-converter.md"));
		assertEquals(markdown.text().lines().skip(2).toList(), asText.text().lines().skip(2).toList()); // but the header and the name
	}

	@Test
	void aFolderImportsItsMarkdownAndNamesWhatItDoesNotImport(@TempDir Path dir) throws Exception {
		Path in = Files.createDirectories(dir.resolve("reports"));
		Files.copy(Imports.resource("pingtan-2023-converter.md"), in.resolve("平潭2023.md"));
		Files.writeString(in.resolve("说明.md"), "# 说明\n\n这些是各单位的报告。\n");
		Files.write(in.resolve("统计表.xlsx"), new byte[]{'P', 'K', 3, 4});
		Files.write(in.resolve("logo.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'}); // a page's image: no report
		CommandLineRun run = CommandLineRun.of("import", in.toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code(), run.toString());
		assertTrue(Files.isRegularFile(in.resolve("平潭2023.nianbao")), run.toString());
		assertTrue(run.err().lines().anyMatch(l -> l.endsWith("说明.md：找不到年度报告的部分标题（如“一、总体情况”），不像政府信息公开工作年度报告，未导入")),
				run.err());
		assertTrue(
				run.err().lines()
						.anyMatch(l -> l.endsWith("统计表.xlsx：不支持的文件类型：只能导入 .docx、.doc、.html/.htm、.txt、.md 和 .pdf")),
				run.err());
		assertEquals(2, run.err().lines().count(), run.err());
		assertTrue(run.out().endsWith("已导入 1 份报告，2 份未导入\n"), run.out());
	}

	@Test
	void aLostTableIsAnErrorOfTheImportAndTheFileIsStillWritten(@TempDir Path dir) throws Exception {
		String full = Files.readString(Imports.resource("pingtan-2023-converter.md"));
		// table 3 as a converter loses it: the heading and no table after it
		int from = full.indexOf("| （本列数据的勾稽关系为");
		int to = full.indexOf("# 四、政府信息公开行政复议");
		Path md = dir.resolve("平潭2023.md");
		Files.writeString(md, full.substring(0, from) + full.substring(to).replace("# 五、存在的主要问题及改进情况\n", ""));
		CommandLineRun run = CommandLineRun.of("import", md.toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code(), run.toString());
		assertTrue(Files.readString(dir.resolve("平潭2023.nianbao")).contains("# 三、收到和处理政府信息公开申请情况\n"));
		assertTrue(run.out().lines().anyMatch(l -> l.endsWith(
				"平潭2023.md:“三、收到和处理政府信息公开申请情况”: error: 此部分没有表格：原文的表格丢失或未能读出，请照原文补上")), run.out());
		assertTrue(
				run.out().lines().anyMatch(l -> l.endsWith("平潭2023.md:全文: error: 找不到“五、存在的主要问题及改进情况”：此部分未导入，请照原文补上")),
				run.out());
		assertTrue(run.out().contains("导入不完整 "), run.out());
		assertTrue(run.out().endsWith("已导入 1 份报告（其中 1 份不完整）\n"), run.out());
	}
}
