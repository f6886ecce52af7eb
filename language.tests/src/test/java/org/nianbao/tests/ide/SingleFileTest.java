package org.nianbao.tests.ide;

import org.nianbao.issues.IssueCodes;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * An editor opened on one file, not a folder (VS Code after a double-click on a report): {@code initialize} comes
 * with {@code rootUri: null} and no workspace folders. Everything works for the file that is then opened.
 */
class SingleFileTest extends NianbaoServerTest {

	/** {@code folderAware}: the client declares workspace folders (VS Code does; a client that does not got the NPE). */
	private void initializeWithoutFolder(boolean folderAware) {
		initialize(params -> {
			params.getCapabilities().getWorkspace().setWorkspaceFolders(folderAware);
			params.setRootUri(null);
			params.setRootPath(null);
			params.setWorkspaceFolders(null);
			params.getCapabilities().getWorkspace().setExecuteCommand(new ExecuteCommandCapabilities(false));
		});
	}

	@ParameterizedTest
	@ValueSource(booleans = {true, false})
	void aFileOpenedWithoutAFolderIsCheckedWithLastYearsReportAndGenerated(boolean folderAware) throws Exception {
		String thisYear = example("anhe-scjg-2024.nianbao");
		writeFile("single/anhe-scjg-2023.nianbao", example("anhe-scjg-2023.nianbao"));
		String uri = writeFile("single/anhe-scjg-2024.nianbao", thisYear);
		// last year's report named by its name, not its path: found through the folder's files
		String byName = thisYear.replace("report 安和县市场监管局2024", "report 安和县市场监管局2024乙")
				.replace("previous \"anhe-scjg-2023.nianbao\"", "previous 安和县市场监管局2023")
				.replace("上年结转          2 1 0 0 0 0  3", "上年结转          1 1 0 0 0 0  2");
		String byNameUri = writeFile("single/by-name.nianbao", byName);
		// a report with errors in a subfolder: the folder of a loose file is not searched below itself
		String below = writeFile("single/old/wrong.nianbao", example("errors/result-total-wrong.nianbao"));

		initializeWithoutFolder(folderAware);
		assertTrue(getDiagnostics().isEmpty(), () -> "nothing is open yet: " + getDiagnostics());
		open(uri, thisYear);
		Assertions.assertEquals(List.of(), getDiagnostics().get(uri),
				"last year's report, by path, is found and agrees");
		open(byNameUri, byName);
		List<String> codes = getDiagnostics().get(byNameUri).stream().map(d -> String.valueOf(d.getCode().getLeft()))
				.toList();
		assertTrue(codes.contains(IssueCodes.CARRY_OVER_MISMATCH) && !codes.contains(IssueCodes.REPORT_NOT_FOUND),
				codes::toString);
		assertNull(getDiagnostics().get(below), "the subfolder of a loose file's folder is not read");

		JsonObject options = new JsonObject();
		options.addProperty("force", false);
		Map<?, ?> result = (Map<?, ?>) languageServer.executeCommand(new ExecuteCommandParams("nianbao.generateDocx",
				List.of(new JsonPrimitive(uri), options))).get();
		Path docx = Path.of(String.valueOf(result.get("path")));
		Assertions.assertEquals(getTestRootPath().resolve("single/anhe-scjg-2024.docx"), docx, result::toString);
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
			Assertions.assertEquals(3, document.getTables().size());
		}
	}
}
