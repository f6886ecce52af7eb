package org.nianbao.tests.ide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** workspace/executeCommand: generating the Word document, and a new report's skeleton. */
class CommandsTest extends NianbaoServerTest {

	/** A client that, like VS Code, says it can execute commands (the server registers them only then). */
	private org.eclipse.lsp4j.InitializeResult initializeWithCommands() {
		return initialize(params -> params.getCapabilities().getWorkspace()
				.setExecuteCommand(new org.eclipse.lsp4j.ExecuteCommandCapabilities(false)));
	}

	private Object execute(String command, Object... arguments) throws Exception {
		return languageServer.executeCommand(new ExecuteCommandParams(command, List.of(arguments))).get();
	}

	private static JsonObject options(boolean force) {
		JsonObject options = new JsonObject();
		options.addProperty("force", force);
		return options;
	}

	@Test
	void theServerOffersItsCommands() {
		List<String> commands = initializeWithCommands().getCapabilities().getExecuteCommandProvider().getCommands();
		assertTrue(
				commands.containsAll(List.of("nianbao.generateDocx", "nianbao.reportSkeleton", "nianbao.importReport")),
				commands.toString());
	}

	@Test
	void generateWritesTheDocumentBesideTheReport() throws Exception {
		String uri = writeFile("gaocheng.nianbao", example("gaocheng-2024.nianbao"));
		initializeWithCommands();
		Object result = execute("nianbao.generateDocx", new JsonPrimitive(uri), options(false));
		Path docx = Path.of(String.valueOf(((Map<?, ?>) result).get("path")));
		Assertions.assertEquals("gaocheng.docx", docx.getFileName().toString());
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().contains("高青县高城镇人民政府")));
			Assertions.assertEquals(3, document.getTables().size());
		}
	}

	@Test
	void aReportWithErrorsIsRefusedUnlessForcedAndAnEarlierDocumentSurvives() throws Exception {
		String uri = writeFile("wrong.nianbao", example("errors/balance-rule-broken.nianbao"));
		Path docx = getTestRootPath().resolve("wrong.docx");
		byte[] earlier = org.nianbao.tests.docx.Docs.earlierDocument();
		Files.write(docx, earlier);
		initializeWithCommands();
		Map<?, ?> refused = (Map<?, ?>) execute("nianbao.generateDocx", new JsonPrimitive(uri), options(false));
		assertTrue(String.valueOf(refused.get("error")).contains("1 个错误"), refused.toString());
		assertFalse(refused.containsKey("path"));
		assertArrayEquals(earlier, Files.readAllBytes(docx));

		Map<?, ?> forced = (Map<?, ?>) execute("nianbao.generateDocx", new JsonPrimitive(uri), options(true));
		Assertions.assertEquals(docx.toString(), forced.get("path"));
		Assertions.assertEquals((byte) 'P', Files.readAllBytes(docx)[0]);
	}

	@Test
	void anUnknownDocumentIsAnErrorAnswerNotACrash() throws Exception {
		initializeWithCommands();
		Map<?, ?> result = (Map<?, ?>) execute("nianbao.generateDocx");
		assertTrue(result.containsKey("error"), result.toString());
	}

	@Test
	void aNewReportSkeletonComesFromTheNationalForm() throws Exception {
		initializeWithCommands();
		String text = (String) execute("nianbao.reportSkeleton", new JsonPrimitive("某县某镇人民政府"),
				new JsonPrimitive("2025"));
		assertTrue(text.contains("organ \"某县某镇人民政府\""), text);
		assertTrue(text.contains("# 四、政府信息公开行政复议、行政诉讼情况\n案件数 0 0 0 0 = 0 0 0 0 = 0 0 0 0 =\n"), text);
		assertTrue(text.contains("| " + org.nianbao.form.ReportSkeleton.PROMPT),
				"the same skeleton as nianbao new, prompts and all");
	}

	@Test
	void aNewReportWithLastYearsRefersToItAndCarriesItsCarryForwardOver() throws Exception {
		initializeWithCommands();
		Path last = getTestRootPath().resolve("去年/anhe-scjg-2023.nianbao");
		Files.createDirectories(last.getParent());
		Files.copy(Path.of("../examples/anhe-scjg-2023.nianbao"), last);
		Path target = getTestRootPath().resolve("今年/安和县市场监督管理局-2024.nianbao");
		String text = (String) execute("nianbao.reportSkeleton", new JsonPrimitive("安和县市场监督管理局"),
				new JsonPrimitive("2024"),
				new JsonPrimitive(last.toUri().toString()), new JsonPrimitive(target.toUri().toString()));
		assertTrue(text.contains("  previous \"../去年/anhe-scjg-2023.nianbao\"\n"), text);
		// last year's 结转下年 2 1 0 0 0 0 (3) is this year's 上年结转, the total left to the table
		assertTrue(text.contains("\n上年结转 2 1 0 0 0 0 =\n"), text);

		Map<?, ?> unreadable = (Map<?, ?>) execute("nianbao.reportSkeleton", new JsonPrimitive("安和县市场监督管理局"),
				new JsonPrimitive("2024"),
				new JsonPrimitive(getTestRootPath().resolve("没有.nianbao").toUri().toString()));
		assertTrue(String.valueOf(unreadable.get("error")).startsWith("读不出上年报告：没有.nianbao"), unreadable.toString());
	}

	@Test
	void importWritesTheReportBesideTheWordFileAndKeepsAnExistingOneUnlessAsked() throws Exception {
		Path docx = getTestRootPath().resolve("去年的报告.docx");
		Files.copy(Path.of("src/test/resources/import/format-template-wps.docx"), docx);
		initializeWithCommands();
		Map<?, ?> result = (Map<?, ?>) execute("nianbao.importReport", new JsonPrimitive(docx.toUri().toString()));
		Path imported = getTestRootPath().resolve("去年的报告.nianbao");
		Assertions.assertEquals(imported.toString(), result.get("path"), result.toString());
		assertTrue(Files.readString(imported).contains("\n本年新收         _ _ _ _ _ _ _\n"));
		assertTrue(String.valueOf(result.get("warnings")).contains("找不到机关名称"), result.toString());
		Assertions.assertEquals(Boolean.TRUE, result.get("blankForm"), "the blank national template is said to be one");

		Files.writeString(imported, "// edited");
		Map<?, ?> exists = (Map<?, ?>) execute("nianbao.importReport", new JsonPrimitive(docx.toUri().toString()));
		Assertions.assertEquals(Boolean.TRUE, exists.get("exists"), exists.toString());
		Assertions.assertEquals("// edited", Files.readString(imported));
		JsonObject overwrite = new JsonObject();
		overwrite.addProperty("overwrite", true);
		execute("nianbao.importReport", new JsonPrimitive(docx.toUri().toString()), overwrite);
		assertTrue(Files.readString(imported).startsWith("// 导入自 去年的报告.docx"));

		Path pdf = Files.writeString(getTestRootPath().resolve("a.pdf"), "%PDF-1.4");
		Map<?, ?> refused = (Map<?, ?>) execute("nianbao.importReport", new JsonPrimitive(pdf.toUri().toString()));
		assertTrue(String.valueOf(refused.get("error")).contains("PDF 文件已损坏，读不出"), refused.toString());
	}

	@Test
	void importWritesTheImagesBesideTheReportAndAsksBeforeReplacingOne() throws Exception {
		Path doc = getTestRootPath().resolve("河西镇.doc");
		Files.copy(Path.of("src/test/resources/import/hexi-2024.doc"), doc);
		Path image = Files.createDirectories(getTestRootPath().resolve("河西镇-图片")).resolve("图1.png");
		Files.writeString(image, "mine");
		initializeWithCommands();
		Map<?, ?> exists = (Map<?, ?>) execute("nianbao.importReport", new JsonPrimitive(doc.toUri().toString()));
		Assertions.assertEquals(Boolean.TRUE, exists.get("exists"), exists.toString());
		Assertions.assertEquals(image.toString(), exists.get("path"), exists.toString());
		Assertions.assertEquals("mine", Files.readString(image));
		Assertions.assertFalse(Files.exists(getTestRootPath().resolve("河西镇.nianbao")), "nothing written");

		JsonObject overwrite = new JsonObject();
		overwrite.addProperty("overwrite", true);
		Map<?, ?> result = (Map<?, ?>) execute("nianbao.importReport", new JsonPrimitive(doc.toUri().toString()),
				overwrite);
		Assertions.assertEquals(getTestRootPath().resolve("河西镇.nianbao").toString(), result.get("path"),
				result.toString());
		Assertions.assertFalse(result.containsKey("blankForm"), "a filled-in report is no blank form");
		assertTrue(Files.size(image) > 1000, "the image of the document replaced the old file");
		assertTrue(Files.readString(getTestRootPath().resolve("河西镇.nianbao")).contains("image \"河西镇-图片/图1.png\""));
	}
}
