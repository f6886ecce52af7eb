package org.nianbao.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.CommandLineRun;
import org.nianbao.tests.support.TestFiles;

/**
 * The audit's measures against figures computed by hand from the reports' tables. {@code examples/county/}: 城关镇
 * (新收 4, 上年结转 0, 予以公开 2, 部分公开 0, 办理结果总计 3, 结转下年 1; 复议 维持 1), 河西镇 (2, 0, 1, 0, 2, 0; table 4
 * all zero), 安乐乡 (1, 1, 1, 0, 2, 0; all zero), and the county's combined report, which also sums anhe-scjg-2024
 * (41, 3, 19, 4, 43, 1; 复议 维持 1 未结 1, 直诉 维持 1).
 */
class AuditMeasuresTest {

	/** The CSV's rows by file name (without folder), each a map from column heading to cell. */
	private static Map<String, Map<String, String>> rows(String csv) {
		List<String> lines = csv.lines().toList();
		List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(",", -1));
		Map<String, Map<String, String>> rows = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size() && i < cells.length; i++) {
				row.put(header.get(i), cells[i]);
			}
			rows.put(Path.of(cells[0]).getFileName().toString(), row);
		}
		return rows;
	}

	private static String countyMeasure(String page, String id) {
		String start = "<tr id=\"measure-" + id + "\">";
		int at = page.indexOf(start);
		assertTrue(at >= 0, "no measure " + id);
		int cell = page.indexOf("<td class=\"num\">", at) + "<td class=\"num\">".length();
		return page.substring(cell, page.indexOf("</td>", cell));
	}

	@Test
	void eachReportsMeasuresAreTheHandComputedOnesAndDashWhereNothingIsMeasured() {
		CommandLineRun run = CommandLineRun.of("validate", TestFiles.examples().resolve("county").toString(),
				"--format", "csv");
		Map<String, Map<String, String>> rows = rows(run.out());
		Map<String, String> chengguan = rows.get("chengguan-2024.nianbao");
		assertEquals("66.7%", chengguan.get("实质公开率"), "(2 + 0) / 3");
		assertEquals("0.0%", chengguan.get("复议纠错率"), "0 / (1 + 0 + 0): a computed 0 %, one case upheld");
		assertEquals("—", chengguan.get("诉讼纠错率"), "no lawsuit: nothing to measure, not 0 %");
		assertEquals("25.0%", chengguan.get("结转比例"), "1 / (4 + 0)");
		assertEquals("—", chengguan.get("新收同比"), "no report of 2023 in the folder");
		Map<String, String> anle = rows.get("anle-2024.nianbao");
		assertEquals("50.0%", anle.get("实质公开率"), "(1 + 0) / 2");
		assertEquals("0.0%", anle.get("结转比例"), "0 / (1 + 1)");
		assertEquals("—", anle.get("复议纠错率"), "table 4 all zero");
		Map<String, String> county = rows.get("anhe-county-2024.nianbao");
		assertEquals("54.0%", county.get("实质公开率"), "(2+1+1+19 + 0+0+0+4) / (3+2+2+43) = 27 / 50");
		assertEquals("3.8%", county.get("结转比例"), "(1+0+0+1) / (4+2+1+41 + 0+0+1+3) = 2 / 52 = 3.85");
		assertEquals("0.0%", county.get("诉讼纠错率"), "0 / (0 + 0 + 1): the department's lawsuit, upheld");
	}

	@Test
	void theCountysMeasuresAreOverItsSummedReportsWithTheirDefinitions(@TempDir Path dir) throws IOException {
		Path page = dir.resolve("audit.html");
		CommandLineRun.of("validate", TestFiles.examples().resolve("county").toString(), "--report", page.toString());
		String html = Files.readString(page);
		// summed: the three townships (the combined report is their sum again, anhe-scjg-2024 is not in the folder)
		assertEquals("57.1%", countyMeasure(html, "substantive"), "(2+1+1 + 0) / (3+2+2) = 4 / 7 = 57.14");
		assertEquals("0.0%", countyMeasure(html, "review"), "0 / (1 + 0 + 0)");
		assertEquals("—", countyMeasure(html, "litigation"), "no lawsuit in the county");
		assertEquals("12.5%", countyMeasure(html, "carried"), "(1+0+0) / ((4+2+1) + (0+0+1)) = 1 / 8");
		assertEquals("—", countyMeasure(html, "received-change"), "no reports of 2023");
		assertEquals("100.0%", countyMeasure(html, "on-time"),
				"4 of 4 dated reports: 20, 17, 23 January, 18 February (combined)");
		assertTrue(html.contains("（予以公开 + 部分公开）÷ 办理结果总计"), "the definition beside it");
		assertTrue(html.contains("尚未审结的不计"));
	}

	@Test
	void pendingCasesAreLeftOutAndLastYearsReportGivesTheChange(@TempDir Path dir) throws IOException {
		Files.copy(TestFiles.examples().resolve("anhe-scjg-2023.nianbao"), dir.resolve("anhe-scjg-2023.nianbao"));
		// 复议: 维持 1, 纠正 1, 其他 0, 尚未审结 2 (total 4); the rest as in the example
		Files.writeString(dir.resolve("anhe-scjg-2024.nianbao"),
				Files.readString(TestFiles.examples().resolve("anhe-scjg-2024.nianbao"))
						.replace("案件数 1 0 0 1 2  1 0 0 0 1  0 0 0 0 0", "案件数 1 1 0 2 4  1 0 0 0 1  0 0 0 0 0"));
		CommandLineRun run = CommandLineRun.of("validate", dir.toString(), "--format", "csv");
		Map<String, String> row = rows(run.out()).get("anhe-scjg-2024.nianbao");
		assertEquals("0", row.get("错误"), run.out());
		assertEquals("50.0%", row.get("复议纠错率"), "1 / (1 + 1 + 0), the 2 pending left out (with them: 25 %)");
		assertEquals("20.6%", row.get("新收同比"), "(41 - 34) / 34 = 20.59 %");
		assertEquals("53.5%", row.get("实质公开率"), "(19 + 4) / 43 = 53.49 %");
		assertEquals("2.3%", row.get("结转比例"), "1 / (41 + 3) = 2.27 %");
		assertEquals("—", rows(run.out()).get("anhe-scjg-2023.nianbao").get("新收同比"), "no report of 2022");
	}

	@Test
	void theCountysChangeComparesOnlyOrgansWithBothYears(@TempDir Path dir) throws IOException {
		for (String name : List.of("anhe-scjg-2023", "anhe-scjg-2024")) {
			Files.copy(TestFiles.examples().resolve(name + ".nianbao"), dir.resolve(name + ".nianbao"));
		}
		Files.copy(TestFiles.examples().resolve("county/chengguan-2024.nianbao"),
				dir.resolve("chengguan-2024.nianbao"));
		Path page = dir.resolve("audit.html");
		CommandLineRun.of("validate", dir.toString(), "--report", page.toString());
		// 城关镇 has no report of 2023: (41 - 34) / 34, not (41 + 4 - 34) / 34 = 32.4 %
		assertEquals("20.6%", countyMeasure(Files.readString(page), "received-change"));
	}
}
