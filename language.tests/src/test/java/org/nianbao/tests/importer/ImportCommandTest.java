package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.NianbaoCli;
import org.nianbao.tests.cli.CommandLineRun;

/** {@code nianbao import}: one line per file, output confined and never overwritten unless asked, exit codes. */
class ImportCommandTest {

	@Test
	void aFolderImportsEveryReportAndAnUnreadableOneMakesTheExitCodeOne(@TempDir Path dir) throws Exception {
		Path in = Files.createDirectories(dir.resolve("county"));
		Files.copy(Imports.resource("pingtan-2023.html"), in.resolve("平潭2023.html"));
		Files.copy(Imports.resource("format-template-wps.docx"), in.resolve("blank.docx"));
		Files.write(in.resolve("broken.docx"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
		Files.writeString(in.resolve("style.css"), "p {}"); // what a saved page brings along: not listed
		Path out = dir.resolve("out");
		CommandLineRun run = CommandLineRun.of("import", in.toString(), "-o", out.toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code(), run.toString());
		assertTrue(Files.isRegularFile(out.resolve("平潭2023.nianbao")), run.toString());
		assertTrue(Files.isRegularFile(out.resolve("blank.nianbao")), run.toString());
		assertFalse(Files.exists(out.resolve("broken.nianbao")));
		assertFalse(Files.exists(out.resolve("style.nianbao")));
		assertTrue(run.err().lines().anyMatch(l -> l.endsWith("broken.docx：不是 Word 文档（.docx）：文件内容是其他格式或已损坏，无法导入")),
				run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.out().endsWith("已导入 2 份报告，1 份未导入\n"), run.out());
		assertEquals(List.of(), Files.list(out).filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
	}

	/** An auditor's folder: a damaged PDF among the pages is named, not left out; a note beside them is no report. */
	@Test
	void aDamagedPdfAndANoteInAFolderAreNamedAsNotImported(@TempDir Path dir) throws Exception {
		Path in = Files.createDirectories(dir.resolve("county"));
		Files.copy(Imports.resource("pingtan-2023.html"), in.resolve("平潭2023.html"));
		Files.writeString(in.resolve("淮安2024.pdf"), "%PDF-1.4 …");
		Files.writeString(in.resolve("说明.txt"), "以下是各乡镇2024年度报告，请查收。\n联系人：张三\n");
		CommandLineRun run = CommandLineRun.of("import", in.toString(), "-o", dir.resolve("out").toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code(), run.toString());
		assertTrue(
				run.err().lines()
						.anyMatch(l -> l.endsWith("淮安2024.pdf：PDF 文件已损坏，读不出：请用 PDF 阅读器确认能否打开，或找到报告的 Word 文档、网页版本")),
				run.err());
		assertTrue(run.err().lines().anyMatch(l -> l.endsWith("说明.txt：找不到年度报告的部分标题（如“一、总体情况”），不像政府信息公开工作年度报告，未导入")),
				run.err());
		assertFalse(Files.exists(dir.resolve("out/说明.nianbao")));
		assertTrue(run.out().endsWith("已导入 1 份报告，2 份未导入\n"), run.out());
	}

	@Test
	void anExistingFileIsKeptUnlessOverwriteIsGiven(@TempDir Path dir) throws Exception {
		Path input = Files.copy(Imports.resource("pingtan-2022.html"), dir.resolve("pingtan-2022.html"));
		Path target = Files.writeString(dir.resolve("pingtan-2022.nianbao"), "// my edits\n");
		CommandLineRun refused = CommandLineRun.of("import", input.toString());
		assertEquals(NianbaoCli.PROBLEMS, refused.code());
		assertEquals("// my edits\n", Files.readString(target));
		assertTrue(refused.err().contains("已存在，未覆盖（确需覆盖请加 --overwrite）"), refused.err());

		CommandLineRun done = CommandLineRun.of("import", input.toString(), "--overwrite");
		assertEquals(NianbaoCli.OK, done.code(), done.toString());
		assertTrue(Files.readString(target).contains("report pingtan_2022\n"));
		// the page's typo is reported in the path:where: warning: format
		assertTrue(
				done.out().lines()
						.anyMatch(l -> l.matches(".*pingtan-2022\\.html:段落\\d+: warning: 标题印作“四、政府信息公开行政法复议.*")),
				done.out());
	}

	@Test
	void twoInputsForOneOutputAndBadArguments(@TempDir Path dir) throws Exception {
		Path a = Files.createDirectories(dir.resolve("a"));
		Path b = Files.createDirectories(dir.resolve("b"));
		Files.copy(Imports.resource("pingtan-2023.html"), a.resolve("r.html"));
		Files.copy(Imports.resource("pingtan-2023.html"), b.resolve("r.htm"));
		CommandLineRun run = CommandLineRun.of("import", a.toString(), b.toString(), "-o",
				dir.resolve("out").toString());
		assertEquals(NianbaoCli.PROBLEMS, run.code());
		assertTrue(run.err().contains("会写到同一个文件"), run.err());
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("import").code());
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("import", "--bogus", a.toString()).code());
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("import", dir.resolve("missing.docx").toString()).code());
	}

	@Test
	void theImportedReportValidatesWithItsDefectsShowing(@TempDir Path dir) throws Exception {
		Path input = Files.copy(Imports.resource("donghe-wenlv-2020-gbk.html"), dir.resolve("donghe.html"));
		assertEquals(NianbaoCli.OK, CommandLineRun.of("import", input.toString()).code());
		CommandLineRun validated = CommandLineRun.of("validate", dir.resolve("donghe.nianbao").toString());
		assertEquals(NianbaoCli.PROBLEMS, validated.code(), validated.toString());
		// the 2019 row kept under its own name is an error of the report, not lost
		assertTrue(validated.out().contains("规范性文件"), validated.out());
	}
}
