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
import org.nianbao.tests.docx.Docs.Cell;
import org.nianbao.tests.docx.Docs.Merge;

/** The tables are laid out from the form's trees, so a province's own form renders as its own tables. */
class VariantFormTest {

	private static final String FORM = """
			form 某省格式 "某省政府信息公开工作年度报告格式"
			part 概况 "一、总体情况" prose
			part 主动 "二、主动公开情况" table 主动表
			part 申请 "三、依申请公开情况" table 申请表
			part 其他 "四、其他事项" prose

			table 主动表
			  block 甲 "甲类信息" header "类别"
			    columns
			      制发 "本年制发"
			      有效 "现行有效"
			    rows
			      文件 "规范性文件"
			  block 乙 "乙类信息" header "类别"
			    columns
			      数量 "处理数量"
			    rows
			      许可 "许可"
			      处罚 "处罚"

			table 申请表
			  block 申请 header "说明"
			    columns
			      group 申请人 "申请人" (
			        自然人 "自然人"
			        group 组织 "组织" (
			          企业 "企业"
			          其他组织 "其他组织"
			        )
			        合计 "合计" = 自然人 + 组织
			      )
			    rows
			      新收 "一、新收申请"
			      group 办理 "二、办理结果" (
			        公开 "（一）公开"
			        group 不公开 "（二）不公开" (
			          秘密 "1.秘密"
			          其他 "2.其他"
			        )
			        办理合计 "（三）合计" = 公开 + 不公开
			      )
			      结转 "三、结转"
			""";

	private static final String REPORT = """
			report 某县2024 form 某省格式
			  organ "某县人民政府"
			  year 2024

			# 一、总体情况
			| 全年新收申请{新收.合计}件，办结{办理合计.合计}件。

			# 二、主动公开情况
			文件 3 7
			许可 12
			处罚 5

			# 三、依申请公开情况
			新收 4 2 1 7
			公开 3 1 0 =
			秘密 0 1 0 =
			其他 1 0 1 =
			结转 0 0 0 0

			# 四、其他事项
			| 未收取信息处理费。
			""";

	@Test
	void aProvincesFormRendersItsOwnTables(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("province.nianbao"), FORM, StandardCharsets.UTF_8);
		Path report = Files.writeString(dir.resolve("report.nianbao"), REPORT, StandardCharsets.UTF_8);
		Docs.Generated generated = Docs.generate(report);

		List<String> headings = generated.document().getParagraphs().stream()
				.filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
		assertEquals(List.of("一、总体情况", "二、主动公开情况", "三、依申请公开情况", "四、其他事项"), headings);
		assertEquals(2, generated.document().getTables().size());

		List<List<Cell>> first = Docs.grid(generated.document().getTables().get(0));
		assertEquals(List.of("甲类信息"), DocxTablesTest.texts(first.get(0)));
		assertEquals(List.of("类别", "本年制发", "现行有效"), DocxTablesTest.texts(first.get(1)));
		assertEquals(List.of("规范性文件", "3", "7"), DocxTablesTest.texts(first.get(2)));
		assertEquals(List.of("类别", "处理数量"), DocxTablesTest.texts(first.get(4)));
		assertEquals(2, Docs.find(first, "处理数量").span(), "a one-column block spans the grid");
		assertEquals(List.of("许可", "12"), DocxTablesTest.texts(first.get(5)));
		assertEquals(2, first.get(5).get(1).span());

		List<List<Cell>> second = Docs.grid(generated.document().getTables().get(1));
		assertEquals(3 + 6, second.size(), "three header rows, six rows");
		Cell note = Docs.find(second, "说明");
		assertEquals(3, note.span(), "as wide as the three levels of row labels");
		assertEquals(3, Docs.height(second, note));
		assertEquals(4, Docs.find(second, "申请人").span());
		assertEquals(2, Docs.find(second, "组织").span());
		assertEquals(2, Docs.height(second, Docs.find(second, "自然人")));
		assertEquals(2, Docs.height(second, Docs.find(second, "合计")));
		Cell results = Docs.find(second, "二、办理结果");
		assertEquals(Merge.RESTART, results.merge());
		assertEquals(4, Docs.height(second, results));
		assertEquals(2, Docs.height(second, Docs.find(second, "（二）不公开")));
		assertEquals(3, Docs.find(second, "一、新收申请").span());
		assertEquals(2, Docs.find(second, "（一）公开").span());
		assertEquals(1, Docs.find(second, "1.秘密").span());
		// Totals computed by the evaluator: 合计 column and the （三）合计 row.
		assertEquals(List.of("（三）合计", "4", "2", "1", "7"), DocxTablesTest.texts(second.get(7)).subList(1, 6));
		assertEquals(List.of("一、新收申请", "4", "2", "1", "7"), DocxTablesTest.texts(second.get(3)));
		String prose = generated.document().getParagraphs().stream().map(XWPFParagraph::getText)
				.filter(t -> t.startsWith("全年")).findFirst().orElseThrow();
		assertEquals("全年新收申请7件，办结7件。", prose);
	}
}
