package org.nianbao.tests.cli;

import org.nianbao.issues.IssueCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.NianbaoCli;
import org.nianbao.form.ReportSkeleton;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.nianbao.tests.support.TestFiles;

/** {@code nianbao new}: a skeleton that checks clean but for its prompts, carries last year over, never overwrites. */
class NewCommandTest {

	private static JsonObject validate(Path file) {
		return JsonParser.parseString(CommandLineRun.of("validate", "--format", "json", file.toString()).out())
				.getAsJsonObject();
	}

	@Test
	void theSkeletonHasAPromptInEveryProsePartThatIsAnErrorUntilReplaced(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("新/某镇.nianbao");
		CommandLineRun run = CommandLineRun.of("new", "某县某镇人民政府", "2025", "-o", file.toString());
		assertEquals(NianbaoCli.OK, run.code(), run.err());
		String text = Files.readString(file);
		assertTrue(text.contains("organ \"某县某镇人民政府\"\n  year 2025\n"), text);
		assertTrue(text.contains("  // published 2026-01-20\n"), "published is left for the clerk, with a comment");
		assertTrue(text.contains("## （五）监督保障\n"), text);
		assertTrue(text.contains("\n办理结果总计 = = = = = = =\n结转下年 0 0 0 0 0 0 =\n"), text);
		assertTrue(text.contains("\n案件数 0 0 0 0 = 0 0 0 0 = 0 0 0 0 =\n"), text);
		assertTrue(text.contains("| 2025年，本机关未收取信息处理费。\n"), text);

		JsonObject checked = validate(file);
		List<String> codes = checked.getAsJsonArray("problems").asList().stream()
				.map(p -> p.getAsJsonObject().get("code").getAsString()).distinct().toList();
		// the date is left for the clerk: its warning says so until it is written
		assertEquals(List.of(IssueCodes.MISSING_PUBLISHED, IssueCodes.UNFILLED_PROMPT),
				codes.stream().sorted().toList());
		// every prompt is an error until replaced (a skeleton is no document to publish); only the date warns
		long prompts = text.lines().filter(l -> l.contains(ReportSkeleton.PROMPT)).count();
		assertEquals(prompts, checked.get("errors").getAsInt(), checked.toString());
		assertEquals(1, checked.get("warnings").getAsInt(), checked.toString());
		assertTrue(prompts >= 8, "three prose parts and five sub-items of part 一");

		String written = String.join("\n", Arrays.stream(text.split("\n", -1))
				.map(l -> l.contains(ReportSkeleton.PROMPT) ? "| 本年度已按实际情况逐项填写了本部分内容。" : l)
				.map(l -> l.equals("  // published 2026-01-20") ? "  published 2026-01-20" : l).toList());
		Files.writeString(file, written);
		CommandLineRun clean = CommandLineRun.of("validate", file.toString());
		assertEquals(NianbaoCli.OK, clean.code(), clean.out());
		assertTrue(clean.out().contains("0 个错误，0 个警告"), clean.out());
	}

	@Test
	void lastYearsReportIsLinkedAndOnlyItsCarryOverIsTaken(@TempDir Path dir) throws IOException {
		for (String name : List.of("anhe-scjg-2023.nianbao", "anhe-scjg-2024.nianbao")) {
			Files.copy(TestFiles.examples().resolve(name), dir.resolve(name));
		}
		String lastYear = Files.readString(dir.resolve("anhe-scjg-2024.nianbao"));
		String[] carried = lastYear.lines().filter(l -> l.startsWith("结转下年")).findFirst().orElseThrow().trim()
				.split("\\s+");
		Path file = dir.resolve("2025/new.nianbao");
		CommandLineRun run = CommandLineRun.of("new", "安和县市场监督管理局", "2025", "-o", file.toString(), "--previous",
				dir.resolve("anhe-scjg-2024.nianbao").toString());
		assertEquals(NianbaoCli.OK, run.code(), run.err());
		String text = Files.readString(file);
		assertTrue(text.contains("  previous \"../anhe-scjg-2024.nianbao\"\n"), text);
		String expected = "上年结转 " + String.join(" ", Arrays.copyOfRange(carried, 1, carried.length - 1)) + " =";
		assertTrue(text.contains("\n" + expected + "\n"), expected + "\n" + text);
		assertFalse(text.contains("486条") || text.contains("局办公室"), "nothing but the carry-over is copied");
		JsonObject checked = validate(file);
		List<String> codes = checked.getAsJsonArray("problems").asList().stream()
				.map(p -> p.getAsJsonObject().get("code").getAsString()).toList();
		assertFalse(codes.contains(IssueCodes.CARRY_OVER_MISMATCH) || codes.contains(IssueCodes.REPORT_NOT_FOUND),
				codes.toString());
	}

	@Test
	void anExistingFileIsNotOverwrittenUnlessForced(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("report.nianbao"), "my work", StandardCharsets.UTF_8);
		CommandLineRun refused = CommandLineRun.of("new", "某县某镇人民政府", "2025", "-o", file.toString());
		assertEquals(NianbaoCli.PROBLEMS, refused.code());
		assertTrue(refused.err().contains("已存在，未覆盖"), refused.err());
		assertEquals("my work", Files.readString(file));
		assertEquals(NianbaoCli.OK,
				CommandLineRun.of("new", "某县某镇人民政府", "2025", "-o", file.toString(), "--force").code());
		assertTrue(Files.readString(file).startsWith("// 某县某镇人民政府 2025年"));
	}

	@Test
	void theYearDefaultsToLastYearAndTheFileToOrganAndYear(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("x.nianbao");
		assertEquals(NianbaoCli.OK, CommandLineRun.of("new", "某县 某镇/人民政府", "-o", file.toString()).code());
		assertTrue(Files.readString(file).contains("\n  year " + (LocalDate.now().getYear() - 1) + "\n"));
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("new", "某县某镇人民政府", "二〇二五", "-o", file.toString()).code());
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("new").code());
	}
}
