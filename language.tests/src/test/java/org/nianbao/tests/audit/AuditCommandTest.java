package org.nianbao.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.nianbao.tests.cli.CommandLineRun;
import org.nianbao.tests.support.TestFiles;

/**
 * {@code nianbao validate DIR --report audit.html} and its rows as CSV and JSON, over a county's folder: the examples,
 * two broken reports, one published late, and an office whose part 五 is another's.
 */
class AuditCommandTest {

	@TempDir
	static Path dir;

	private static Path folder;
	private static int files;

	private static void copy(Path from, String to, String report, String organ) throws IOException {
		String text = Files.readString(from).replaceFirst("(?m)^report \\S+", "report " + report)
				.replaceFirst("organ \"[^\"]*\"", "organ \"" + organ + "\"");
		Files.writeString(folder.resolve(to), text);
	}

	@BeforeAll
	static void county() throws IOException {
		folder = Files.createDirectories(dir.resolve("县"));
		for (String name : List.of("anhe-scjg-2023", "anhe-scjg-2024", "gaocheng-2024")) {
			Files.copy(TestFiles.examples().resolve(name + ".nianbao"), folder.resolve(name + ".nianbao"));
		}
		copy(TestFiles.examples().resolve("errors/balance-rule-broken.nianbao"), "zrzy.nianbao", "自然资源局2024",
				"安和县自然资源局");
		copy(TestFiles.examples().resolve("errors/published-late.nianbao"), "jyj.nianbao", "教育局2024", "安和县教育局");
		copy(TestFiles.examples().resolve("anhe-scjg-2024.nianbao"), "wjw.nianbao", "卫健委2024", "安和县卫生健康委员会");
		try (Stream<Path> all = Files.list(folder)) {
			files = (int) all.count();
		}
	}

	@Test
	void textOutputSummarisesEachFileWithProblemsBeforeTheTotal() {
		CommandLineRun run = CommandLineRun.of("validate", folder.toString());
		List<String> lines = run.out().lines().toList();
		int total = lines.size() - 1;
		assertTrue(lines.get(total).startsWith("已检查 " + files + " 个文件"), run.out());
		List<String> summaries = lines.stream().filter(l -> l.matches(".*\\.nianbao: \\d+ 个错误，\\d+ 个警告")).toList();
		assertTrue(summaries.stream().anyMatch(l -> l.endsWith("zrzy.nianbao: 1 个错误，0 个警告")), summaries.toString());
		assertTrue(summaries.stream().anyMatch(l -> l.endsWith("jyj.nianbao: 0 个错误，1 个警告")), summaries.toString());
		assertTrue(summaries.stream().noneMatch(l -> l.contains("anhe-scjg-2023")), "a clean file gets no line");
		assertEquals(lines.subList(total - summaries.size(), total), summaries, "right before the total");
	}

	@Test
	void csvAndJsonHaveTheSameRowPerFile() {
		CommandLineRun csv = CommandLineRun.of("validate", folder.toString(), "--format", "csv", "-j", "2");
		CommandLineRun json = CommandLineRun.of("validate", folder.toString(), "--format=json");
		assertEquals(1, csv.code());
		List<String> rows = csv.out().lines().toList();
		assertEquals("\uFEFF文件,机关,年度,发布日期,按时发布,错误,警告,已说明,实质公开率,复议纠错率,诉讼纠错率,结转比例,新收同比,主要问题", rows.get(0));
		assertEquals(files + 1, rows.size());
		JsonArray reports = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("reports");
		assertEquals(files, reports.size());
		for (int i = 0; i < files; i++) {
			JsonObject o = reports.get(i).getAsJsonObject();
			String[] cells = rows.get(i + 1).split(",", 8);
			assertEquals(o.get("file").getAsString(), cells[0]);
			assertEquals(o.get("organ").getAsString(), cells[1]);
			assertEquals(o.get("errors").getAsString(), cells[5]);
			assertEquals(o.get("warnings").getAsString(), cells[6]);
		}
		JsonObject late = find(reports, "jyj.nianbao");
		assertEquals("安和县教育局", late.get("organ").getAsString());
		assertEquals(false, late.get("onTime").getAsBoolean());
		assertTrue(late.getAsJsonArray("firstProblems").get(0).getAsString().contains("晚于法定期限"));
		JsonObject broken = find(reports, "zrzy.nianbao");
		assertEquals(1, broken.get("errors").getAsInt());
		assertEquals(true, broken.get("onTime").getAsBoolean());
	}

	private static JsonObject find(JsonArray reports, String file) {
		for (var element : reports) {
			if (element.getAsJsonObject().get("file").getAsString().endsWith(file)) {
				return element.getAsJsonObject();
			}
		}
		throw new AssertionError(file);
	}

	@Test
	void theAuditPageShowsCountsCopiesAndEveryDiagnosticWithItsLine() throws IOException {
		Path audit = dir.resolve("audit.html");
		CommandLineRun run = CommandLineRun.of("validate", folder.toString(), "--report", audit.toString());
		assertEquals(1, run.code(), run.err());
		assertTrue(run.err().contains("已写出汇总网页"), run.err());
		String page = Files.readString(audit);
		assertTrue(page.contains("<li id=\"count-reports\"><span class=\"number\">5</span>"), "five reports of 2024");
		assertTrue(page.contains("<li id=\"count-with-errors\"><span class=\"number\">1</span>"));
		assertTrue(page.contains("<li id=\"count-late\"><span class=\"number\">1</span>"));
		assertTrue(page.contains("内容雷同："), "the copied part 五");
		assertTrue(page.contains("安和县卫生健康委员会 2024</a>"));
		assertTrue(page.contains("勾稽关系不成立"));
		assertTrue(page.contains("<pre><code><span class=\"ln\">"), "the offending source line");
		assertTrue(page.contains("<svg"), "charts");
	}

	@Test
	void aReportIntoAMissingFolderMakesItAndAFolderIsAUsageError() throws java.io.IOException {
		CommandLineRun run = CommandLineRun.of("validate", folder.toString(), "--report",
				dir.resolve("new/sub/audit.html").toString());
		assertTrue(run.err().contains("已写出汇总网页"), run.err());
		assertTrue(java.nio.file.Files.readString(dir.resolve("new/sub/audit.html")).contains("<svg"));
		CommandLineRun onFolder = CommandLineRun.of("validate", folder.toString(), "--report",
				dir.resolve("new").toString());
		assertEquals(2, onFolder.code());
		assertTrue(onFolder.err().contains("这是一个文件夹"), onFolder.err());
	}
}
