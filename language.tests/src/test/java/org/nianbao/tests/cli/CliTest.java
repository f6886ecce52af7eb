package org.nianbao.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.CommandLineRun;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.ReportText;

/** {@code nianbao validate}: output format, summary, exit codes, JSON, folders, bad input. */
class CliTest {

	/** The non-zero example names last year's report by path: it comes along when the example is copied. */
	private static void copyLastYear(Path dir) throws IOException {
		Files.copy(TestFiles.examples().resolve("anhe-scjg-2023.nianbao"), dir.resolve("anhe-scjg-2023.nianbao"));
	}

	@Test
	void theExamplesFolderValidatesWithoutErrors() {
		CommandLineRun run = CommandLineRun.of("validate", TestFiles.examples().toString());
		assertEquals(0, run.code(), run.out() + run.err());
		assertTrue(
				run.out()
						.contains("已检查 " + TestFiles.nianbaoFiles(TestFiles.examples()).stream()
								.filter(f -> !f.toString().contains("/errors/")).count() + " 个文件：0 个错误，5 个警告"),
				run.out()); // each example declares them: // expect: warning …
		assertTrue(run.out().contains("xinyuan-2023.nianbao:"), run.out());
	}

	@Test
	void anErrorIsPrintedAsPathLineColumnSeverityMessageCode() {
		Path file = TestFiles.examples().resolve("errors/balance-rule-broken.nianbao");
		CommandLineRun run = CommandLineRun.of("validate", file.toString());
		assertEquals(1, run.code());
		String first = run.out().lines().findFirst().orElseThrow();
		assertTrue(
				first.matches(".*balance-rule-broken\\.nianbao:\\d+:\\d+: error: 勾稽关系不成立（自然人列）：.* \\[rule-violated\\]"),
				first);
		assertTrue(run.out().contains("已检查 1 个文件：1 个错误，0 个警告"), run.out());
	}

	@Test
	void aWrongTotalIsFollowedByTheCellsItSummedAsNotes() {
		Path file = TestFiles.examples().resolve("errors/result-total-wrong.nianbao");
		CommandLineRun run = CommandLineRun.of("validate", file.toString());
		List<String> lines = run.out().lines().toList();
		int total = lines
				.indexOf(lines.stream().filter(l -> l.contains(":47:") && l.contains("[total-mismatch]")).findFirst()
						.orElseThrow(() -> new AssertionError(run.out())));
		// 三（七）'s 自然人 34 is the sum of the result rows' 自然人 cells: the first is 予以公开's 13, on line 25
		assertTrue(lines.get(total + 1).matches("    .*result-total-wrong\\.nianbao:25:14: note: 参与求和：三（一），自然人列 13"),
				lines.get(total + 1));
	}

	@Test
	void jsonFormatListsProblemsForTools() {
		CommandLineRun run = CommandLineRun.of("validate", "--format", "json",
				TestFiles.examples().resolve("errors").toString());
		assertEquals(1, run.code());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(TestFiles.nianbaoFiles(TestFiles.examples().resolve("errors")).size(),
				json.get("files").getAsInt());
		assertTrue(json.get("errors").getAsInt() > 10);
		JsonObject first = json.getAsJsonArray("problems").get(0).getAsJsonObject();
		assertTrue(first.has("line") && first.has("column") && first.has("code") && first.has("message"),
				first.toString());
	}

	@Test
	void aMissingPathOrUnknownVerbIsAUsageError() {
		assertEquals(2, CommandLineRun.of("validate", "/no/such/report.nianbao").code());
		assertEquals(2, CommandLineRun.of("frobnicate").code());
		assertEquals(2, CommandLineRun.of().code());
		assertTrue(CommandLineRun.of("help").out().contains("validate"));
	}

	@Test
	void aFileInGbkGetsAClearMessageNotGarbage(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("gbk.nianbao");
		Files.write(file, ReportText.ANHE_2024.getBytes(Charset.forName("GBK")));
		CommandLineRun run = CommandLineRun.of("validate", file.toString());
		assertEquals(1, run.code());
		assertEquals(2, run.out().lines().count(), run.out());
		assertTrue(run.out().contains("文件不是 UTF-8 编码"), run.out());
	}

	/** What users give validate by mistake: each gets one line with what to do, never a stack trace. */
	@Test
	void aFileThatIsNoReportIsSaidSoInOneLine(@TempDir Path dir) throws IOException {
		Map<String, String> expected = Map.of(
				"去年的报告.docx", "这是已发布的报告文件，不是 .nianbao 报告，未检查：请先用 nianbao import 导入",
				"淮安.pdf", "这是已发布的报告文件，不是 .nianbao 报告，未检查：请先用 nianbao import 导入",
				"某镇2024.nianbao.txt", "文件名末尾多了 .txt（记事本另存时常会加上），未检查：请改名为“某镇2024.nianbao”",
				"某镇2024.NIANBAO", "扩展名应为小写的 .nianbao，未检查：请把“某镇2024.NIANBAO”改名为“某镇2024.nianbao”",
				"转换.md", "这是已发布的报告文件，不是 .nianbao 报告，未检查：请先用 nianbao import 导入",
				"说明.rtf", "不是 .nianbao 报告文件，未检查");
		for (Map.Entry<String, String> file : expected.entrySet()) {
			Path path = Files.writeString(dir.resolve(file.getKey()), ReportText.ANHE_2024);
			for (String verb : List.of("validate", "generate")) {
				CommandLineRun run = CommandLineRun.of(verb, path.toString());
				assertEquals(1, run.code(), verb + " " + file.getKey() + ": " + run);
				String all = run.out() + run.err();
				assertTrue(all.contains(file.getValue()) && all.contains("[not-a-report]"),
						verb + " " + file.getKey() + ": " + all);
				assertFalse(all.contains("Exception") || all.contains("\tat "), all);
			}
		}
	}

	@Test
	void aFolderOfPublishedReportsOnlyIsNotASuccess(@TempDir Path dir) throws IOException {
		Files.copy(TestFiles.root().resolve("language.tests/src/test/resources/import/pingtan-2023.html"),
				dir.resolve("平潭.html"));
		CommandLineRun run = CommandLineRun.of("validate", dir.toString());
		assertEquals(1, run.code(), run.toString());
		assertTrue(run.err().contains("没有找到 .nianbao 报告，未检查任何文件（文件夹中有 1 个已发布的报告文件，如 Word、网页：请先用 nianbao import 导入"),
				run.err());
	}

	@Test
	void aBomAndCrlfLineEndingsAreFine(@TempDir Path dir) throws IOException {
		copyLastYear(dir);
		Path file = dir.resolve("crlf.nianbao");
		Files.writeString(file, "\uFEFF" + ReportText.ANHE_2024.replace("\n", "\r\n"));
		CommandLineRun run = CommandLineRun.of("validate", file.toString());
		assertEquals(0, run.code(), run.out());
		assertTrue(run.out().contains("0 个错误，0 个警告"), run.out());
	}

	@Test
	void aFormBesideTheReportIsFoundWhenOnlyTheReportIsNamed(@TempDir Path dir) throws IOException {
		copyLastYear(dir);
		Files.writeString(dir.resolve("province.nianbao"),
				ReportText.nationalForm().replace("form 国家格式2021", "form 某省格式"));
		Path report = dir.resolve("report.nianbao");
		Files.writeString(report, ReportText.ANHE_2024.replace("report 安和县市场监管局2024", "report 安和县市场监管局2024 form 某省格式"));
		CommandLineRun run = CommandLineRun.of("validate", report.toString());
		assertEquals(0, run.code(), run.out());
		assertTrue(run.out().contains("已检查 1 个文件"), run.out());
	}

	@Test
	void aNianbaoignoreInASubfolderIsHonouredAsInTheServer(@TempDir Path dir) throws IOException {
		Path sub = Files.createDirectories(dir.resolve("drafts"));
		Files.copy(TestFiles.examples().resolve("errors/balance-rule-broken.nianbao"), sub.resolve("wrong.nianbao"));
		Files.copy(TestFiles.examples().resolve("gaocheng-2024.nianbao"), dir.resolve("good.nianbao"));
		assertEquals(1, CommandLineRun.of("validate", dir.toString()).code(), "the wrong report is checked");
		Files.writeString(sub.resolve(".nianbaoignore"), "wrong.nianbao\n");
		CommandLineRun run = CommandLineRun.of("validate", dir.toString());
		assertEquals(0, run.code(), run.out());
		assertTrue(run.out().contains("已检查 1 个文件"), run.out());
	}
}
