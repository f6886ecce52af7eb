package org.nianbao.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.export.OutputPaths;
import org.nianbao.tests.support.TestFiles;

/**
 * One rule names files after an organ: the server's ({@link OutputPaths}) and the extension's ({@code targets.ts},
 * tested by {@code commands.test.ts}) are both held to the cases of {@code vscode-extension/test/organ-file-names.tsv}.
 */
class OrganFileNamesTest {

	@Test
	void aNewReportIsNamedAsTheExtensionNamesIt() throws IOException {
		List<String[]> cases = Files.readAllLines(fixture()).stream().filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.split("\t")).toList();
		assertTrue(cases.size() >= 8, "the shared fixture lost its cases");
		for (String[] c : cases) {
			assertEquals(c[2], OutputPaths.reportFileName(c[0], c[1]), c[0]);
		}
	}

	@Test
	void aDocumentNamedByItsOrganUsesTheSameRule() {
		Path folder = Path.of("/reports");
		assertEquals(folder.resolve("hidden局2024年政府信息公开工作年度报告.docx"),
				OutputPaths.organDocxFor(folder.resolve("r.nianbao"), folder, ".hidden局", "2024"));
		assertEquals(folder.resolve("r.docx"),
				OutputPaths.organDocxFor(folder.resolve("r.nianbao"), folder, "-.-", "2024"),
				"an organ that leaves nothing names no document");
	}

	private static Path fixture() {
		return TestFiles.root().resolve("vscode-extension/test/organ-file-names.tsv");
	}
}
