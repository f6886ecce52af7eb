package org.nianbao.tests.ide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.nianbao.form.NationalForm;

/**
 * Rename (F2) changes a name and every use of it in the workspace, in files open or not; where it cannot (a name of
 * the built-in national form, inside the program), the server declines, with the reason, before the user types a new name.
 */
class RenameTest extends NianbaoServerTest {

	@Test
	void aReportRenamedChangesTheMembersListOfTheCombinedReport() throws Exception {
		String member = example("county/chengguan-2024.nianbao");
		String county = example("county/anhe-county-2024.nianbao");
		String memberUri = writeFile("county/chengguan-2024.nianbao", member);
		String countyUri = writeFile("county/anhe-county-2024.nianbao", county);
		writeFile("county/hexi-2024.nianbao", example("county/hexi-2024.nianbao"));
		writeFile("county/anle-2024.nianbao", example("county/anle-2024.nianbao"));
		writeFile("anhe-scjg-2024.nianbao", example("anhe-scjg-2024.nianbao"));
		initializeWithPrepare();
		Map<String, String> renamed = rename(memberUri, position(member, "report ", "城关镇2024"), "城关镇人民政府2024",
				Map.of(memberUri, member, countyUri, county));
		Assertions.assertEquals(member.replace("report 城关镇2024", "report 城关镇人民政府2024"), renamed.get(memberUri));
		Assertions.assertEquals(county.replace("members 城关镇2024 ", "members 城关镇人民政府2024 "), renamed.get(countyUri));
	}

	@Test
	void aRowOfAWorkspaceFormRenamedChangesItsRulesAndEveryReport() throws Exception {
		String form = nationalForm().replace("form 国家格式2021", "form 某省格式");
		String report = example("anhe-scjg-2024.nianbao")
				.replace("report 安和县市场监管局2024", "report 安和县市场监管局2024 form 某省格式")
				.replace("  previous \"anhe-scjg-2023.nianbao\"\n", "");
		String formUri = writeFile("province.nianbao", form);
		String reportUri = writeFile("anhe.nianbao", report);
		initializeWithPrepare();
		Position row = position(form, "      上年结转", "上年结转");
		Map<String, String> renamed = rename(formUri, row, "上年结转数", Map.of(formUri, form, reportUri, report));
		String newForm = renamed.get(formUri);
		Assertions.assertTrue(newForm.contains("      上年结转数 \"二、上年结转政府信息公开申请数量\""), newForm);
		Assertions.assertTrue(newForm.contains("本年新收 + 上年结转数 = 办理结果总计 + 结转下年"), newForm);
		Assertions.assertTrue(newForm.contains("carry 结转下年 into 上年结转数"), newForm);
		String newReport = renamed.get(reportUri);
		Assertions.assertEquals(report.replace("\n上年结转 ", "\n上年结转数 ").replace("{上年结转.总计}", "{上年结转数.总计}"), newReport);
	}

	@Test
	void aColumnOfAWorkspaceFormRenamedChangesItsSumsAndReferences() throws Exception {
		String form = nationalForm().replace("form 国家格式2021", "form 某省格式");
		String report = example("anhe-scjg-2024.nianbao")
				.replace("report 安和县市场监管局2024", "report 安和县市场监管局2024 form 某省格式")
				.replace("  previous \"anhe-scjg-2023.nianbao\"\n", "")
				.replace("（上年{previous.本年新收.总计}件）", "（其中自然人{本年新收.自然人}件）");
		String formUri = writeFile("province.nianbao", form);
		String reportUri = writeFile("anhe.nianbao", report);
		initializeWithPrepare();
		Position column = position(form, "        自然人", "自然人");
		Map<String, String> renamed = rename(formUri, column, "自然人申请", Map.of(formUri, form, reportUri, report));
		Assertions.assertTrue(renamed.get(formUri).contains("总计 = 自然人申请 + 法人或其他组织"), renamed.get(formUri));
		Assertions.assertTrue(renamed.get(formUri).contains("\n        自然人申请\n"), renamed.get(formUri));
		Assertions.assertEquals(report.replace("{本年新收.自然人}", "{本年新收.自然人申请}"), renamed.get(reportUri));
	}

	@Test
	void aNameOfTheBuiltInFormIsDeclinedBeforeANewNameIsAsked() throws Exception {
		String report = example("anhe-scjg-2024.nianbao");
		String uri = writeFile("anhe.nianbao", report);
		initializeWithPrepare();
		PrepareRenameParams params = new PrepareRenameParams(new TextDocumentIdentifier(uri),
				position(report, "上年结转", "上年结转"));
		ExecutionException declined = Assertions.assertThrows(ExecutionException.class,
				() -> languageServer.prepareRename(params).get());
		Assertions.assertTrue(declined.getCause() instanceof ResponseErrorException, declined::toString);
		Assertions.assertTrue(declined.getCause().getMessage().contains("内置国家格式"), declined.getCause().getMessage());
		ExecutionException refused = Assertions.assertThrows(ExecutionException.class, () -> languageServer.rename(
				new RenameParams(new TextDocumentIdentifier(uri), position(report, "上年结转", "上年结转"), "上年")).get());
		Assertions.assertTrue(refused.getCause() instanceof ResponseErrorException, refused::toString);
	}

	@Test
	void aNewNameThatIsNoNameIsRefused() throws Exception {
		String report = example("anhe-scjg-2024.nianbao");
		String uri = writeFile("anhe.nianbao", report);
		initializeWithPrepare();
		ExecutionException refused = Assertions.assertThrows(ExecutionException.class, () -> languageServer.rename(
				new RenameParams(new TextDocumentIdentifier(uri), position(report, "report ", "安和"), "2024 安和")).get());
		Assertions.assertTrue(refused.getCause().getMessage().contains("不能作名称"), refused.getCause().getMessage());
	}

	@Test
	void theReportsOwnNameCanBePrepared() throws Exception {
		String report = example("anhe-scjg-2024.nianbao");
		String uri = writeFile("anhe.nianbao", report);
		initializeWithPrepare();
		Position at = position(report, "report ", "安和");
		var prepared = languageServer.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), at)).get();
		Assertions.assertNotNull(prepared);
		Assertions.assertEquals("安和县市场监管局2024", prepared.getSecond().getPlaceholder());
		Assertions.assertEquals(at, prepared.getSecond().getRange().getStart());
	}

	private void initializeWithPrepare() {
		initialize(params -> {
			ClientCapabilities capabilities = params.getCapabilities() == null
					? new ClientCapabilities()
					: params.getCapabilities();
			TextDocumentClientCapabilities text = capabilities.getTextDocument() == null
					? new TextDocumentClientCapabilities()
					: capabilities.getTextDocument();
			text.setRename(new RenameCapabilities(true, false));
			capabilities.setTextDocument(text);
			params.setCapabilities(capabilities);
		});
	}

	private static String nationalForm() throws java.io.IOException {
		try (java.io.InputStream in = RenameTest.class.getClassLoader().getResourceAsStream(NationalForm.RESOURCE)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	/** Renames and applies the workspace edit to the given texts, as an editor would. */
	private Map<String, String> rename(String uri, Position at, String newName, Map<String, String> texts)
			throws Exception {
		WorkspaceEdit edit = languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri), at, newName))
				.get();
		Assertions.assertNotNull(edit);
		Map<String, List<TextEdit>> edits = touched(edit);
		Map<String, String> result = new HashMap<>();
		edits.forEach((file, list) -> {
			Assertions.assertTrue(texts.containsKey(file),
					() -> "an edit of a file that should not change: " + file + " " + edits);
			result.put(file, apply(texts.get(file), list));
		});
		Assertions.assertEquals(texts.keySet().stream().sorted().toList(), result.keySet().stream().sorted().toList(),
				() -> "files changed: " + edits);
		return result;
	}

	private static Map<String, List<TextEdit>> touched(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> edits = new HashMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((file, list) -> edits.computeIfAbsent(file, f -> new ArrayList<>()).addAll(list));
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().forEach(c -> {
				if (c.isLeft()) {
					edits.computeIfAbsent(c.getLeft().getTextDocument().getUri(), f -> new ArrayList<>()).addAll(
							c.getLeft().getEdits().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).toList());
				}
			});
		}
		edits.values().removeIf(List::isEmpty);
		return edits;
	}
}
