package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.tests.importer.RawDocx.p;
import static org.nianbao.tests.importer.RawDocx.tc;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.Importer;

/** Word documents as other tools write them: the reader's edge cases, each in a hand-written document. */
class DocxImportTest {

	/** Word's automatic numbering: 一、 and （一） are not in the text, only in numbering.xml. */
	private static final String NUMBERING = "<w:abstractNum w:abstractNumId=\"0\">"
			+ "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
			+ "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
			+ "</w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/></w:num>";

	private static String numbered(int level, String text) {
		return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>"
				+ "<w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
	}

	private static final String PROSE_PARTS = p("东河县文化和旅游局") + p("2024年政府信息公开工作年度报告")
			+ p("本报告中所列数据统计期限自2024年1月1日起，至2024年12月31日止。")
			+ numbered(0, "总体情况")
			+ numbered(1, "主动公开")
			// tracked changes: 99 deleted, 126 inserted; a PAGE field: its code is not text, its result is
			+ "<w:p><w:r><w:t>全年主动公开信息</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>99</w:delText></w:r></w:del>"
			+ "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>126</w:t></w:r></w:ins><w:r><w:t>条，见第</w:t></w:r>"
			+ "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
			+ "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
			+ "<w:r><w:t>页。</w:t></w:r></w:p>"
			// a text box (its fallback copy must not be read twice) and an image
			+ "<w:p><w:r><w:t>平台建设情况如下。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
			+ "<wp:docPr id=\"1\" name=\"文本框 1\"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
			+ p("框中的说明文字。")
			+ "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
			+ "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + p("框中的说明文字。")
			+ "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
			+ "<w:r><w:drawing><wp:inline><wp:docPr id=\"2\" name=\"图片 2\" descr=\"政务公开专区照片\"/></wp:inline></w:drawing></w:r></w:p>"
			+ p("")
			+ numbered(0, "存在的主要问题及改进情况")
			+ p("问题。")
			// a content control around a whole heading and paragraph
			+ "<w:sdt><w:sdtPr/><w:sdtContent>" + numbered(0, "其他需要报告的事项") + p("未收取信息处理费。") + "</w:sdtContent></w:sdt>"
			// the signature on one paragraph, split by a soft line break
			+ "<w:p><w:r><w:t>东河县文化和旅游局</w:t><w:br/><w:t>2025年1月20日</w:t></w:r></w:p>";

	@Test
	void numberingTrackedChangesFieldsTextBoxesImagesAndSignature(@TempDir Path dir) throws Exception {
		Path docx = RawDocx.write(dir.resolve("numbered.docx"), PROSE_PARTS, NUMBERING);
		String text = Imports.importFile(docx).text();
		assertTrue(text.contains("\n# 一、总体情况\n## （一）主动公开\n| 全年主动公开信息126条，见第3页。\n"), text);
		assertTrue(text.contains("| 平台建设情况如下。\n// 图片：政务公开专区照片（段落7）\n| 框中的说明文字。\n"), text);
		assertEquals(1, text.split("框中的说明文字", -1).length - 1, text);
		// numbering goes on: the second level-0 paragraph is 二 … here 三, after 一 and the part above it
		assertTrue(text.contains("\n# 二、存在的主要问题及改进情况\n"), text);
		assertTrue(text.contains("\n# 三、其他需要报告的事项\n| 未收取信息处理费。\n"), text);
		assertTrue(text.contains("  organ \"东河县文化和旅游局\"\n  year 2024\n  published 2025-01-20\n"), text);
		assertFalse(text.contains("title"), "the title is the one generated from organ and year: " + text);
		assertFalse(text.contains("PAGE") || text.contains("99"), text);
	}

	@Test
	void misnumberedHeadingsAreKeptAndReported(@TempDir Path dir) throws Exception {
		Importer.Result result = Imports
				.importFile(RawDocx.write(dir.resolve("numbered.docx"), PROSE_PARTS, NUMBERING));
		List<String> messages = result.warnings().stream().map(w -> w.toText("numbered.docx"))
				.map(s -> s.replace("numbered.docx:", ""))
				.toList();
		assertTrue(messages.contains("段落10: warning: 标题印作“二、存在的主要问题及改进情况”，格式为“五、存在的主要问题及改进情况”：照印保留"),
				messages::toString);
	}

	/** Table 3's first rows with every merge style Word, WPS and older tools write. */
	private static final String TABLE = "<w:tbl><w:tblGrid/>"
			+ "<w:tr>"
			+ tc("<w:gridSpan w:val=\"3\"/><w:vMerge w:val=\"restart\"/>", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
			+ tc("<w:gridSpan w:val=\"7\"/>", "申请人情况") + "</w:tr>"
			+ "<w:tr>" + tc("<w:gridSpan w:val=\"3\"/><w:vMerge/>", "") + tc("<w:vMerge w:val=\"restart\"/>", "自然人")
			+ tc("<w:gridSpan w:val=\"5\"/>", "法人或其他组织") + tc("<w:vMerge w:val=\"restart\"/>", "总计") + "</w:tr>"
			+ "<w:tr>" + tc("<w:gridSpan w:val=\"3\"/><w:vMerge w:val=\"continue\"/>", "") + tc("<w:vMerge/>", "")
			+ "<w:tc>" + p("商业") + p("企业") + "</w:tc>" + tc("", "科研机构") + tc("", "社会公益组织") + tc("", "法律服务机构")
			+ tc("", "其他") + tc("<w:vMerge w:val=\"continue\"/>", "") + "</w:tr>"
			+ "<w:tr>" + tc("<w:gridSpan w:val=\"3\"/>", "一、本年新收政府信息公开申请数量") + values("5 1 0 0 0 0 6") + "</w:tr>"
			// gridBefore: the row starts one grid column in
			+ "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("<w:gridSpan w:val=\"2\"/>", "二、上年结转政府信息公开申请数量")
			+ values("1 0 0 0 0 0 1") + "</w:tr>"
			+ "</w:tbl>" + p("")
			// the same table goes on after a page break as a second w:tbl
			+ "<w:tbl><w:tblGrid/>"
			+ "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "三、本年度办理结果") + tc("<w:gridSpan w:val=\"2\"/>", "（一）予以公开")
			+ values("3 1 0 0 0 0 4") + "</w:tr>"
			// a value inside a content control (XWPFTableRow.getTableCells() would skip it)
			+ "<w:tr>" + tc("<w:vMerge/>", "") + tc("<w:gridSpan w:val=\"2\"/>", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
			+ "<w:sdt><w:sdtContent>" + tc("", "2") + "</w:sdtContent></w:sdt>" + values("0 0 0 0 / 2") + "</w:tr>"
			+ "<w:tr>" + tc("<w:vMerge w:val=\"continue\"/>", "") + tc("<w:vMerge w:val=\"restart\"/>", "（三）不予公开")
			+ tc("", "1.属于国家秘密") + values("0 0 0 0 0 0 0") + "</w:tr>"
			+ "<w:tr>" + tc("<w:vMerge w:val=\"continue\"/>", "") + tc("<w:vMerge/>", "") + tc("", "2.其他法律行政法规禁止公开")
			+ values("0 0 0 0 0 0 0") + "</w:tr>"
			// legacy horizontal merge (Word 97) over the label columns, and a blank cell
			+ "<w:tr>" + tc("<w:hMerge w:val=\"restart\"/>", "四、结转下年度继续办理") + tc("<w:hMerge/>", "")
			+ tc("<w:hMerge/>", "")
			+ values("1 0 0 0 0 0 _") + "</w:tr>"
			+ "</w:tbl>";

	private static String values(String values) {
		StringBuilder out = new StringBuilder();
		for (String v : values.split(" ")) {
			out.append(tc("", v.equals("_") ? "" : v));
		}
		return out.toString();
	}

	@Test
	void mergesOfEveryStyleAndATableSplitInTwo(@TempDir Path dir) throws Exception {
		String body = p("三、收到和处理政府信息公开申请情况") + TABLE;
		Importer.Result result = Imports.importFile(RawDocx.write(dir.resolve("merges.docx"), body, null));
		String text = result.text();
		String rows = text.substring(text.indexOf("# 三、"));
		assertEquals(String.join("\n", "# 三、收到和处理政府信息公开申请情况",
				"本年新收         5 1 0 0 0 0 6",
				"上年结转         1 0 0 0 0 0 1",
				"予以公开         3 1 0 0 0 0 4",
				"部分公开         2 0 0 0 0 / 2",
				"国家秘密         0 0 0 0 0 0 0",
				"法律法规禁止公开 0 0 0 0 0 0 0",
				"结转下年         1 0 0 0 0 0 _", ""), rows);
		assertTrue(result.warnings().stream().noneMatch(w -> w.message().contains("表头")), result.warnings()::toString);
	}

	@Test
	void theWpsBlankFormGivesBlankCellsNotZeros() {
		Importer.Result result = Imports.importFile(Imports.resource("format-template-wps.docx"));
		String text = result.text();
		assertTrue(text.contains("\n规章           _ _ _\n"), text);
		assertTrue(text.contains("\n本年新收         _ _ _ _ _ _ _\n"), text);
		assertTrue(text.contains("\n办理结果总计     _ _ _ _ _ _ _\n"), text);
		assertTrue(text.contains("\n案件数 _ _ _ _ _ _ _ _ _ _ _ _ _ _ _\n"), text);
		assertEquals(2 + 1 + 2 + 1 + 25 + 1, text.lines().filter(l -> l.matches("^\\S+ +_( _)*$")).count(), text);
		assertFalse(text.matches("(?s).*\\s0(\\s|$).*"), "no zero anywhere: " + text);
	}
}
