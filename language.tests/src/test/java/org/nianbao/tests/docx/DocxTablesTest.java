package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.tests.docx.Docs.Cell;
import org.nianbao.tests.docx.Docs.Merge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/** The three tables look like the official ones: every merge, the grid, header rows, unsplittable rows. */
class DocxTablesTest {

	/** The 156 mm text block in twips. */
	private static final int TEXT_WIDTH = 11906 - 1588 - 1474;

	private static List<XWPFTable> tables;

	@BeforeAll
	static void generate() {
		tables = Docs.generate(Docs.example("anhe-scjg-2024")).document().getTables();
	}

	static Stream<String> examples() {
		return Docs.EXAMPLES.stream();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyTableHasAFullGridThatFitsThePortraitPage(String example) {
		List<XWPFTable> all = Docs.generate(Docs.example(example)).document().getTables();
		assertEquals(3, all.size());
		for (XWPFTable table : all) {
			List<CTTblGridCol> columns = table.getCTTbl().getTblGrid().getGridColList();
			int width = columns.stream().mapToInt(c -> ((java.math.BigInteger) c.getW()).intValue()).sum();
			assertTrue(width <= TEXT_WIDTH, "table " + width + " twips wide, text block " + TEXT_WIDTH);
			for (List<Cell> row : Docs.grid(table)) {
				assertEquals(columns.size(), row.stream().mapToInt(Cell::span).sum(), "a row fills the grid exactly");
			}
			for (XWPFTableRow row : table.getRows()) {
				assertEquals(1, row.getCtRow().getTrPr().sizeOfCantSplitArray(), "rows don't split across pages");
			}
		}
	}

	@Test
	void table2HasFourTitledBlocksAndSpanningValueCells() {
		List<List<Cell>> grid = Docs.grid(tables.get(0));
		List<String> titles = List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
		List<String> titleRows = grid.stream().filter(r -> r.size() == 1 && r.get(0).span() == 4)
				.map(r -> r.get(0).text()).toList();
		assertEquals(titles, titleRows);
		assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), texts(grid.get(1)));
		assertEquals(List.of("规章", "0", "0", "0"), texts(grid.get(2)));
		assertEquals(List.of("行政规范性文件", "2", "1", "9"), texts(grid.get(3)));
		assertEquals(List.of("信息内容", "本年处理决定数量"), texts(grid.get(5)));
		assertRow(grid, 6, "行政许可", "3186", 3);
		assertRow(grid, 9, "行政处罚", "247", 3);
		assertRow(grid, 10, "行政强制", "18", 3);
		assertEquals(List.of("信息内容", "本年收费金额（单位：万元）"), texts(grid.get(12)));
		assertRow(grid, 13, "行政事业性收费", "12.356800", 3);
		assertEquals(14, grid.size());
	}

	private static void assertRow(List<List<Cell>> grid, int row, String label, String value, int span) {
		assertEquals(List.of(label, value), texts(grid.get(row)));
		assertEquals(span, grid.get(row).get(1).span());
	}

	@Test
	void table3HeaderAsPrinted() {
		List<List<Cell>> grid = Docs.grid(tables.get(1));
		Cell note = grid.get(0).get(0);
		assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", note.text());
		assertEquals(3, note.span());
		assertEquals(Merge.RESTART, note.merge());
		assertEquals(3, Docs.height(grid, note));
		Cell applicants = grid.get(0).get(1);
		assertEquals("申请人情况", applicants.text());
		assertEquals(7, applicants.span());
		assertEquals(List.of("", "自然人", "法人或其他组织", "总计"), texts(grid.get(1)));
		Cell organisations = Docs.find(grid, "法人或其他组织");
		assertEquals(5, organisations.span());
		assertEquals(2, Docs.height(grid, Docs.find(grid, "自然人")));
		assertEquals(2, Docs.height(grid, Docs.find(grid, "总计")));
		assertEquals(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""), texts(grid.get(2)));
		for (int r = 0; r < tables.get(1).getRows().size(); r++) {
			boolean header = tables.get(1).getRow(r).getCtRow().getTrPr().sizeOfTblHeaderArray() > 0;
			assertEquals(r < 3, header, "only the three header rows repeat on each page (row " + r + ")");
		}
	}

	@Test
	void table3RowGroupsMergedVertically() {
		List<List<Cell>> grid = Docs.grid(tables.get(1));
		assertEquals(3 + 25, grid.size(), "three header rows and the 25 official rows, no subtotals");
		assertGroup(grid, "三、本年度办理结果", 0, 1, 22);
		assertGroup(grid, "（三）不予公开", 1, 1, 8);
		assertGroup(grid, "（四）无法提供", 1, 1, 3);
		assertGroup(grid, "（五）不予处理", 1, 1, 5);
		assertGroup(grid, "（六）其他处理", 1, 1, 3);
		assertLabel(grid, "一、本年新收政府信息公开申请数量", 0, 3);
		assertLabel(grid, "二、上年结转政府信息公开申请数量", 0, 3);
		assertLabel(grid, "（一）予以公开", 1, 2);
		assertLabel(grid, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2);
		assertLabel(grid, "1.属于国家秘密", 2, 1);
		assertLabel(grid, "3.其他", 2, 1);
		assertLabel(grid, "（七）总计", 1, 2);
		assertLabel(grid, "四、结转下年度继续办理", 0, 3);
		long restarts = grid.stream().flatMap(List::stream).filter(c -> c.merge() == Merge.RESTART).count();
		long continues = grid.stream().flatMap(List::stream).filter(c -> c.merge() == Merge.CONTINUE).count();
		assertEquals(1 + 2 + 5, restarts, "note, 自然人, 总计 and the five row groups");
		assertEquals(2 + 1 + 1 + 21 + 7 + 2 + 4 + 2, continues);
	}

	private static void assertGroup(List<List<Cell>> grid, String label, int column, int span, int rows) {
		Cell cell = Docs.find(grid, label);
		assertEquals(column, cell.column(), label);
		assertEquals(span, cell.span(), label);
		assertEquals(Merge.RESTART, cell.merge(), label);
		assertEquals(rows, Docs.height(grid, cell), label);
	}

	private static void assertLabel(List<List<Cell>> grid, String label, int column, int span) {
		Cell cell = Docs.find(grid, label);
		assertEquals(column, cell.column(), label);
		assertEquals(span, cell.span(), label);
		assertEquals(Merge.NONE, cell.merge(), label);
	}

	@Test
	void table4HasTwoHeaderLevelsOverFifteenColumns() {
		XWPFTable table = tables.get(2);
		List<List<Cell>> grid = Docs.grid(table);
		assertEquals(15, table.getCTTbl().getTblGrid().sizeOfGridColArray(), "no label column");
		Cell review = grid.get(0).get(0);
		assertEquals("行政复议", review.text());
		assertEquals(5, review.span());
		assertEquals(2, Docs.height(grid, review));
		Cell suits = grid.get(0).get(1);
		assertEquals("行政诉讼", suits.text());
		assertEquals(10, suits.span());
		assertEquals(Merge.NONE, suits.merge());
		assertEquals(List.of("", "未经复议直接起诉", "复议后起诉"), texts(grid.get(1)));
		assertEquals(5, grid.get(1).get(1).span());
		assertEquals(5, grid.get(1).get(2).span());
		List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
		List<String> leaves = Stream.of(five, five, five).flatMap(List::stream).toList();
		assertEquals(leaves, texts(grid.get(2)));
		assertEquals(List.of("1", "0", "0", "1", "2", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"),
				texts(grid.get(3)));
		assertEquals(4, grid.size());
		for (int r = 0; r < 3; r++) {
			assertEquals(1, table.getRow(r).getCtRow().getTrPr().sizeOfTblHeaderArray(), "header row " + r);
		}
	}

	static List<String> texts(List<Cell> row) {
		return row.stream().map(Cell::text).toList();
	}
}
