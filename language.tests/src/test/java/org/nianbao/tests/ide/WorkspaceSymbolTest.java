package org.nianbao.tests.ide;

import java.util.List;

import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Workspace symbols find the parts and tables of every report in the workspace, open or not. */
class WorkspaceSymbolTest extends NianbaoServerTest {

	@Test
	void partsAndTablesOfEveryReportAreFound() throws Exception {
		String anhe = writeFile("anhe.nianbao", example("anhe-scjg-2024.nianbao"));
		String gaocheng = writeFile("gaocheng.nianbao", example("gaocheng-2024.nianbao"));
		initialize();
		List<? extends WorkspaceSymbol> found = languageServer.symbol(new WorkspaceSymbolParams("收到和处理")).get()
				.getRight();
		List<String> parts = found.stream().filter(s -> s.getName().equals("三、收到和处理政府信息公开申请情况"))
				.map(s -> s.getLocation().getLeft().getUri()).sorted().toList();
		Assertions.assertEquals(List.of(anhe, gaocheng).stream().sorted().toList(), parts, found::toString);
		WorkspaceSymbol table = found.stream()
				.filter(s -> s.getName().equals("表格 · 三、收到和处理政府信息公开申请情况")
						&& s.getLocation().getLeft().getUri().equals(anhe))
				.findFirst().orElseThrow(() -> new AssertionError(found.toString()));
		String text = example("anhe-scjg-2024.nianbao");
		Assertions.assertEquals(lineStartingWith(text, "本年新收"),
				table.getLocation().getLeft().getRange().getStart().getLine());
		Assertions.assertEquals("安和县市场监管局2024", table.getContainerName());
	}

	@Test
	void reportNamesAreStillFound() throws Exception {
		writeFile("anhe.nianbao", example("anhe-scjg-2024.nianbao"));
		initialize();
		List<? extends WorkspaceSymbol> found = languageServer.symbol(new WorkspaceSymbolParams("安和县市场监管局2024")).get()
				.getRight();
		Assertions.assertTrue(found.stream().anyMatch(s -> s.getName().equals("安和县市场监管局2024")), found::toString);
	}
}
