package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.tests.support.LoadedReport;

/**
 * The published Huaian report (huaian-szf-2024.pdf, exported from WPS, 6 pages): every figure of tables 2, 3
 * and 4 as printed, read off the pages by hand (rendered with pdftoppm at 80 and 130 dpi), the organ, and
 * sentences of its prose. Table 2 runs over pages 3 and 4, table 3 over pages 4 and 5 with its label （四）无法提供
 * cut by the page break into "（四）无" and "法提供".
 */
class PdfImportTest {

	private static Importer.Result result;
	private static LoadedReport imported;
	private static Path importedFile;

	@BeforeAll
	static void importHuaian(@TempDir Path dir) {
		importedFile = dir.resolve("huaian.nianbao");
		result = Imports.importInto(Imports.resource("huaian-szf-2024.pdf"), importedFile);
		imported = LoadedReport.of(importedFile);
	}

	/** Table 3 as printed, row by row: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
	private static final Map<String, String> TABLE3 = new LinkedHashMap<>();
	static {
		TABLE3.put("本年新收", "3001 53 0 0 61 4 3119");
		TABLE3.put("上年结转", "34 0 0 0 0 0 34");
		TABLE3.put("予以公开", "1288 21 0 0 50 3 1362");
		TABLE3.put("部分公开", "447 7 0 0 0 0 454");
		TABLE3.put("国家秘密", "2 0 0 0 0 0 2");
		TABLE3.put("法律法规禁止公开", "30 1 0 0 0 0 31");
		TABLE3.put("三安全一稳定", "5 0 0 0 0 0 5");
		TABLE3.put("第三方合法权益", "6 0 0 0 0 0 6");
		TABLE3.put("内部事务信息", "7 1 0 0 0 0 8");
		TABLE3.put("过程性信息", "12 0 0 0 0 0 12");
		TABLE3.put("行政执法案卷", "9 0 0 0 0 0 9");
		TABLE3.put("行政查询事项", "105 0 0 0 0 0 105");
		TABLE3.put("不掌握相关信息", "746 12 0 0 10 1 769");
		TABLE3.put("需另行制作", "11 0 0 0 0 0 11");
		TABLE3.put("补正后仍不明确", "1 0 0 0 0 0 1");
		TABLE3.put("信访举报投诉", "56 6 0 0 0 0 62");
		TABLE3.put("重复申请", "25 0 0 0 0 0 25");
		TABLE3.put("公开出版物", "0 0 0 0 0 0 0");
		TABLE3.put("大量反复申请", "0 0 0 0 0 0 0");
		TABLE3.put("确认或重新出具", "1 0 0 0 0 0 1");
		TABLE3.put("逾期不补正", "67 3 0 0 1 0 71");
		TABLE3.put("逾期未缴费", "6 0 0 0 0 0 6");
		TABLE3.put("其他", "108 2 0 0 0 0 110");
		TABLE3.put("办理结果总计", "2932 53 0 0 61 4 3050");
		TABLE3.put("结转下年", "103 0 0 0 0 0 103");
	}

	@Test
	void everyFigureOfTable3IsReadAsPrinted() {
		assertEquals(TABLE3, rows("# 三、收到和处理政府信息公开申请情况"));
	}

	@Test
	void tables2And4AreReadWhole() {
		Map<String, String> table2 = new LinkedHashMap<>();
		table2.put("规章", "1 0 11");
		table2.put("行政规范性文件", "8 26 66");
		table2.put("行政许可", "447228");
		table2.put("行政处罚", "3985758");
		table2.put("行政强制", "88283");
		table2.put("行政事业性收费", "96171.6");
		assertEquals(table2, rows("# 二、主动公开政府信息情况"));
		assertEquals(Map.of("案件数", "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20"), rows("# 四、政府信息公开行政复议、行政诉讼情况"));
	}

	@Test
	void theReportLoadsWithItsOrganYearAndTotalsThatAddUp() {
		assertTrue(imported.resource().getErrors().isEmpty(),
				() -> imported.resource().getErrors() + "\n" + result.text());
		assertTrue(result.text().contains("\n  organ \"淮安市人民政府\"\n  year 2024\n"), result.text());
		List<String> errors = Imports.validate(importedFile).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).map(i -> i.getMessage())
				.toList();
		assertEquals(List.of(), errors, result.text());
	}

	@Test
	void itsProseIsReadAsPrinted() {
		String prose = result.text().replace("\n| ", "").replace(" ", "");
		for (String sentence : List.of(
				"2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），均在法定期限内予以答复。",
				"政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；",
				"如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，电话：0517-83605210，电子邮箱：hazwgkc@163.com）。",
				"截至目前，全市在运维政务新媒体共计95个，在省办2024年四个季度政务新媒体检查抽查中，合格率均为100%。",
				"全年收取政府信息公开信息处理费3940元。")) {
			assertTrue(prose.contains(sentence), sentence + "\n" + result.text());
		}
		for (String part : List.of("# 一、总体情况", "# 五、存在的主要问题及改进情况", "# 六、其他需要报告的事项")) {
			assertTrue(result.text().contains("\n" + part + "\n"), part + "\n" + result.text());
		}
		// page numbers (- 1 - … - 6 -) are furniture, never prose
		assertTrue(result.text().lines().noneMatch(l -> l.matches("\\|\\s*-\\s*[0-9]\\s*-\\s*")), result.text());
	}

	/** The figure rows of one part: row name → its values as written. */
	private static Map<String, String> rows(String heading) {
		Map<String, String> out = new LinkedHashMap<>();
		List<String> lines = result.text().lines().toList();
		int at = lines.indexOf(heading);
		assertTrue(at >= 0, heading + "\n" + result.text());
		for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
			String line = lines.get(i);
			if (!line.isBlank() && !line.startsWith("|") && !line.startsWith("//")) {
				String[] words = line.strip().split("\\s+", 2);
				out.put(words[0], words.length > 1 ? words[1].strip() : "");
			}
		}
		return out;
	}
}
