package org.nianbao.tests.explain;

import org.nianbao.issues.IssueCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.CommandLineRun;
import org.nianbao.tests.support.TestFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code nianbao validate} on a report whose every warning a person explained. */
class ExplainedValidateTest {

	private static Path write(Path dir, boolean explained) throws IOException {
		Files.copy(TestFiles.examples().resolve("anhe-scjg-2023.nianbao"), dir.resolve("anhe-scjg-2023.nianbao"));
		Path file = dir.resolve("anhe-scjg-2024.nianbao");
		Files.writeString(file, ExplainedReport.text(explained), StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void aReportWithEveryWarningExplainedPassesWithNoWarnings(@TempDir Path dir) throws IOException {
		Path file = write(dir, true);
		CommandLineRun run = CommandLineRun.of("validate", file.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		int n = ExplainedReport.CODES.size();
		assertTrue(run.out().endsWith("已检查 1 个文件：0 个错误，0 个警告（" + n + " 条已说明）" + System.lineSeparator()), run.out());
		assertFalse(run.out().contains("explained:"),
				"explained warnings are listed only with --verbose: " + run.out());
	}

	@Test
	void theSameReportUnexplainedHasItsWarnings(@TempDir Path dir) throws IOException {
		CommandLineRun run = CommandLineRun.of("validate", write(dir, false).toString());
		assertTrue(run.out().contains("0 个错误，" + ExplainedReport.CODES.size() + " 个警告" + System.lineSeparator()),
				run.out());
		assertFalse(run.out().contains("已说明"), run.out());
	}

	@Test
	void verboseListsEachExplainedWarningWithItsReason(@TempDir Path dir) throws IOException {
		Path file = write(dir, true);
		CommandLineRun run = CommandLineRun.of("validate", "--verbose", file.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		long listed = run.out().lines().filter(l -> l.contains(": explained: ")).count();
		assertEquals(ExplainedReport.CODES.size(), listed, run.out());
		assertTrue(run.out().contains("[in-force-mismatch]" + System.lineSeparator()), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.endsWith(": 已核实：本年有2件文件有效期届满失效")), run.out());
	}

	@Test
	void jsonCarriesEachExplainedWarningWithItsReason(@TempDir Path dir) throws IOException {
		Path file = write(dir, true);
		CommandLineRun run = CommandLineRun.of("validate", "--format", "json", file.toString());
		JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(0, root.get("warnings").getAsInt());
		assertEquals(ExplainedReport.CODES.size(), root.get("explained").getAsInt());
		JsonArray problems = root.getAsJsonArray("problems");
		JsonObject inForce = null;
		for (JsonElement p : problems) {
			if (p.getAsJsonObject().get("code").getAsString().equals(IssueCodes.IN_FORCE_MISMATCH)) {
				inForce = p.getAsJsonObject();
			}
		}
		assertEquals("info", inForce.get("severity").getAsString());
		assertEquals("本年有2件文件有效期届满失效", inForce.getAsJsonObject("explained").get("reason").getAsString());
		assertEquals(inForce.get("line").getAsInt(), inForce.getAsJsonObject("explained").get("line").getAsInt());
		JsonObject report = root.getAsJsonArray("reports").get(0).getAsJsonObject();
		assertEquals(0, report.get("warnings").getAsInt());
		assertEquals(ExplainedReport.CODES.size(), report.get("explained").getAsInt());
	}
}
