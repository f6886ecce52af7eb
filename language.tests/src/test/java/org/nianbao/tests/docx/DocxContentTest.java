package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;
import org.nianbao.tests.docx.Docs.Cell;
import org.nianbao.tests.support.TestFiles;

/** What the document says: title, headings, prose with cited figures, every figure in its cell, the closing. */
class DocxContentTest {

	private static final List<String> OFFICIAL_PARTS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

	static Stream<String> examples() {
		return Docs.EXAMPLES.stream();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void partsUnderTheOfficialHeadingsInOrder(String example) {
		Docs.Generated generated = Docs.generate(Docs.example(example));
		assertEquals(OFFICIAL_PARTS, headings(generated, "Heading1"));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void rowLabelsInTheFormsOrder(String example) {
		Docs.Generated generated = Docs.generate(Docs.example(example));
		List<Table> formTables = generated.evaluation().form().getTables();
		List<XWPFTable> tables = generated.document().getTables();
		for (int t = 0; t < formTables.size(); t++) {
			List<String> expected = new ArrayList<>();
			for (Block block : formTables.get(t).getBlocks()) {
				block.getRows().forEach(node -> preorder(node, expected));
			}
			List<String> all = Docs.grid(tables.get(t)).stream().flatMap(List::stream).map(Cell::text).toList();
			List<String> printed = all.stream().filter(s -> !s.isEmpty() && expected.contains(s)).distinct().toList();
			assertEquals(expected.stream().filter(s -> !s.isEmpty()).toList(), printed);
		}
	}

	private static void preorder(RowNode node, List<String> out) {
		out.add(node.getLabel());
		if (node instanceof RowGroup group) {
			group.getMembers().forEach(m -> preorder(m, out));
		}
	}

	/** Each cell holds exactly what the evaluator says: the figure as written, or the computed total. */
	@ParameterizedTest
	@MethodSource("examples")
	void everyFigureLandsInItsCell(String example) {
		Docs.Generated generated = Docs.generate(Docs.example(example));
		List<Table> formTables = generated.evaluation().form().getTables();
		for (int t = 0; t < formTables.size(); t++) {
			Table table = formTables.get(t);
			TableFigures figures = generated.evaluation().table(table);
			List<List<Cell>> grid = Docs.grid(generated.document().getTables().get(t));
			int checked = 0;
			for (Block block : table.getBlocks()) {
				List<Column> columns = Forms.leafColumns(block);
				for (Row row : Forms.leafRows(block)) {
					List<Cell> cells = rowOf(grid, row);
					List<Cell> values = cells.subList(cells.size() - columns.size(), cells.size());
					for (int c = 0; c < columns.size(); c++) {
						String expected = figures.text(row, columns.get(c));
						assertFalse(expected.isEmpty(), "a figure for " + row.getName());
						assertEquals(expected, values.get(c).text(), row.getName() + " × " + columns.get(c).getName());
						checked++;
					}
				}
			}
			assertEquals(Forms.leafRows(table).size() == 1 ? 15 : checked, checked);
			assertTrue(checked >= 8, "figures were compared");
		}
	}

	/** The data row printed for a form row: the one labelled with its label (table 4's single row has none). */
	private static List<Cell> rowOf(List<List<Cell>> grid, Row row) {
		if (row.getLabel().isEmpty()) {
			return grid.get(grid.size() - 1);
		}
		return grid.stream().filter(r -> r.stream().anyMatch(c -> c.text().equals(row.getLabel()))).reduce((a, b) -> b)
				.orElseThrow(() -> new AssertionError("no row labelled " + row.getLabel()));
	}

	@Test
	void anheFiguresPrintedAsWritten() {
		Docs.Generated anhe = Docs.generate(Docs.example("anhe-scjg-2024"));
		List<List<Cell>> table3 = Docs.grid(anhe.document().getTables().get(1));
		assertEquals(List.of("34", "6", "0", "0", "2", "1", "43"), lastValues(table3, "（七）总计", 7));
		assertEquals(List.of("33", "5", "0", "0", "2", "1", "41"), lastValues(table3, "一、本年新收政府信息公开申请数量", 7));
		// 国家秘密's total is the computed mark: the evaluator computes it, the document prints it.
		assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), lastValues(table3, "1.属于国家秘密", 7));
		List<List<Cell>> table2 = Docs.grid(anhe.document().getTables().get(0));
		assertEquals(List.of("12.356800"), lastValues(table2, "行政事业性收费", 1));
	}

	@Test
	void aDraftPrintsPlaceholdersAndBlankCellsAsWritten(@TempDir Path dir) throws IOException {
		String source = Files.readString(Docs.example("anhe-scjg-2024"), StandardCharsets.UTF_8)
				.replace("上年结转          2 1 0 0 0 0  3", "上年结转          2 1 — / _ 〇  3");
		Path report = Files.writeString(dir.resolve("draft.nianbao"), source, StandardCharsets.UTF_8);
		List<List<Cell>> table3 = Docs.grid(Docs.generate(report).document().getTables().get(1));
		assertEquals(List.of("2", "1", "—", "/", "", "〇", "3"), lastValues(table3, "二、上年结转政府信息公开申请数量", 7));
	}

	@Test
	void computedTotalsAreFilledIn(@TempDir Path dir) throws IOException {
		String source = Files.readString(Docs.example("anhe-scjg-2024"), StandardCharsets.UTF_8)
				.replace("本年新收         33 5 0 0 2 1 41", "本年新收         33 5 0 0 2 1 =")
				.replace("办理结果总计     34 6 0 0 2 1 43\n", "")
				.replace("案件数 1 0 0 1 2  1 0 0 0 1  0 0 0 0 0", "案件数 1 0 0 1 =  1 0 0 0 =  0 0 0 0 =");
		assertFalse(source.contains("2 1 41") || source.contains("办理结果总计     34") || source.contains("1 0 0 1 2"),
				"the totals are left to the evaluator");
		Path report = dir.resolve("totals.nianbao");
		Files.writeString(report, source, StandardCharsets.UTF_8);
		Docs.Generated generated = Docs.generate(report);
		List<List<Cell>> table3 = Docs.grid(generated.document().getTables().get(1));
		assertEquals(List.of("33", "5", "0", "0", "2", "1", "41"), lastValues(table3, "一、本年新收政府信息公开申请数量", 7));
		assertEquals(List.of("34", "6", "0", "0", "2", "1", "43"), lastValues(table3, "（七）总计", 7));
		List<List<Cell>> table4 = Docs.grid(generated.document().getTables().get(2));
		assertEquals(List.of("1", "0", "0", "1", "2", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"),
				DocxTablesTest.texts(table4.get(3)));
		assertTrue(text(generated).contains("办结43件"), "a cited computed total is printed in the prose");
	}

	private static List<String> lastValues(List<List<Cell>> grid, String label, int count) {
		List<Cell> row = grid.stream().filter(r -> r.stream().anyMatch(c -> c.text().equals(label))).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + label));
		return DocxTablesTest.texts(row.subList(row.size() - count, row.size()));
	}

	@Test
	void proseCitesFiguresFromTheTables() {
		String text = text(Docs.generate(Docs.example("anhe-scjg-2024")));
		assertTrue(text.contains("全年作出行政许可决定3186件、行政处罚决定247件"), text);
		assertTrue(text.contains("全年新收政府信息公开申请41件（上年34件），上年结转3件，办结43件，结转下年度继续办理1件。"), text);
		assertFalse(text.contains("{"), "no reference left unprinted");
	}

	@Test
	void titlePrefaceContactAndClosing() {
		Docs.Generated anhe = Docs.generate(Docs.example("anhe-scjg-2024"));
		assertEquals(List.of("安和县市场监督管理局", "2024年政府信息公开工作年度报告"), headings(anhe, "Title"));
		List<XWPFParagraph> paragraphs = anhe.document().getParagraphs();
		XWPFParagraph contact = paragraphs.stream().filter(p -> p.getText().startsWith("联系方式：")).findFirst()
				.orElseThrow();
		assertEquals("联系方式：局办公室；地址：安和县城关镇迎宾路18号；邮编：123400；电话：0123\u20114567890；电子邮箱：ahxscjgj@example.cn。",
				contact.getText(), "a non-breaking hyphen inside the number");
		assertTrue(paragraphs.indexOf(contact) < paragraphs.indexOf(firstWithStyle(anhe, "Heading1")),
				"the contact sentence ends the preface");
		List<String> closing = paragraphs.stream().filter(p -> "Closing".equals(p.getStyle()))
				.map(XWPFParagraph::getText).toList();
		assertEquals(List.of("安和县市场监督管理局", "2025年1月24日"), closing);
		assertEquals("2025年1月24日", paragraphs.get(paragraphs.size() - 1).getText());
	}

	@Test
	void noClosingDateWithoutPublishedButTheOrganSigns() {
		Docs.Generated gaocheng = Docs.generate(Docs.example("gaocheng-2024"));
		assertEquals(List.of("高青县高城镇人民政府"), gaocheng.document().getParagraphs().stream()
				.filter(p -> "Closing".equals(p.getStyle())).map(XWPFParagraph::getText).toList());
		assertEquals(List.of("高青县高城镇人民政府", "2024年政府信息公开工作年度报告"), headings(gaocheng, "Title"));
	}

	@Test
	void titleLinesWhenGivenAndOfficialHeadingForAMisnumberedOne(@TempDir Path dir) throws IOException {
		String source = Files.readString(TestFiles.root().resolve("examples/errors/heading-misnumbered.nianbao"),
				StandardCharsets.UTF_8)
				.replace("  year 2024\n", "  year 2024\n  title \"安和县市场监督管理局\" \"2024年度政府信息公开工作报告\"\n");
		Path report = dir.resolve("titled.nianbao");
		Files.writeString(report, source, StandardCharsets.UTF_8);
		Docs.Generated generated = Docs.generate(report);
		assertEquals(List.of("安和县市场监督管理局", "2024年度政府信息公开工作报告"), headings(generated, "Title"));
		assertEquals(OFFICIAL_PARTS, headings(generated, "Heading1"), "“3、” is printed as the form's “三、”");
	}

	private static List<String> headings(Docs.Generated generated, String style) {
		return generated.document().getParagraphs().stream().filter(p -> style.equals(p.getStyle()))
				.map(XWPFParagraph::getText).toList();
	}

	private static XWPFParagraph firstWithStyle(Docs.Generated generated, String style) {
		return generated.document().getParagraphs().stream().filter(p -> style.equals(p.getStyle())).findFirst()
				.orElseThrow();
	}

	private static String text(Docs.Generated generated) {
		StringBuilder out = new StringBuilder();
		generated.document().getParagraphs().forEach(p -> out.append(p.getText()).append('\n'));
		return out.toString();
	}
}
