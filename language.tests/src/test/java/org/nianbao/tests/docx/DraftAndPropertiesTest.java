package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.NianbaoCli;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.cli.CommandLineRun;

/** A forced document of a report with errors is marked a draft on every page; every document has honest properties. */
class DraftAndPropertiesTest {

	private static String part(byte[] docx, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		return null;
	}

	@Test
	void aCleanReportsDocumentIsNoDraftAndNamesItsTitleAndOrgan() throws IOException {
		for (String example : Docs.EXAMPLES) {
			Docs.Generated generated = Docs.generate(Docs.example(example));
			XWPFDocument document = generated.document();
			assertTrue(document.getHeaderList().stream().noneMatch(h -> h.getText().contains("草稿")), example);
			var core = document.getProperties().getCoreProperties();
			assertNotEquals("draft", core.getContentStatus());
			String organ = generated.report().getOrgan();
			assertEquals(organ, core.getCreator(), example);
			List<String> written = generated.report().getTitle();
			assertEquals(written.isEmpty()
					? organ + generated.report().getYear() + "年政府信息公开工作年度报告"
					: String.join("", written), core.getTitle());
			String app = document.getProperties().getExtendedProperties().getApplication();
			assertFalse(app == null || app.contains("Apache POI"), app);
			String bytes = new String(generated.bytes(), StandardCharsets.ISO_8859_1);
			assertFalse(bytes.contains("Apache POI"), "no POI name anywhere in the package");

			String settings = part(generated.bytes(), "word/settings.xml");
			assertTrue(settings.matches(
					"(?s).*<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>.*"),
					settings);
			String fonts = part(generated.bytes(), "word/fontTable.xml");
			for (String[] alternate : new String[][]{{"仿宋_GB2312", "仿宋"}, {"楷体_GB2312", "楷体"}, {"方正小标宋简体", "宋体"}}) {
				assertTrue(
						fonts.contains(
								"<w:font w:name=\"" + alternate[0] + "\"><w:altName w:val=\"" + alternate[1] + "\"/>"),
						fonts);
			}
			assertTrue(part(generated.bytes(), "word/_rels/document.xml.rels").contains("fontTable.xml"));
		}
	}

	@Test
	void aForcedDocumentSaysDraftOnEveryPageAndInItsProperties(@TempDir Path dir) throws IOException {
		Path report = Files.copy(TestFiles.root().resolve("examples/errors/balance-rule-broken.nianbao"),
				dir.resolve("r.nianbao"));
		assertEquals(NianbaoCli.PROBLEMS, CommandLineRun.of("generate", report.toString()).code());
		assertFalse(Files.exists(dir.resolve("r.docx")));
		assertEquals(NianbaoCli.OK, CommandLineRun.of("generate", "--force", report.toString()).code());
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(dir.resolve("r.docx")))) {
			var policy = document.getHeaderFooterPolicy();
			for (XWPFHeader header : List.of(policy.getDefaultHeader(), policy.getEvenPageHeader())) {
				assertEquals("草稿：报告尚有 1 个错误，不得发布", header.getText().strip());
			}
			assertEquals("draft", document.getProperties().getCoreProperties().getContentStatus());
		}
	}

	@Test
	void nameOrganNamesTheDocumentAsOfficesPublishItAndStaysInTheFolder(@TempDir Path dir) throws IOException {
		String text = Files.readString(Docs.example("gaocheng-2024"));
		Path report = Files.writeString(dir.resolve("g.nianbao"), text);
		Path out = dir.resolve("out");
		assertEquals(NianbaoCli.OK,
				CommandLineRun.of("generate", "--name", "organ", "-o", out.toString(), report.toString()).code());
		assertEquals(List.of("高青县高城镇人民政府2024年政府信息公开工作年度报告.docx"), names(out));

		Files.writeString(report, text.replace("organ \"高青县高城镇人民政府\"", "organ \"../../某 县/某镇:人民政府\""));
		assertEquals(NianbaoCli.OK,
				CommandLineRun.of("generate", "--name=organ", "-o", out.toString(), report.toString()).code());
		assertTrue(names(out).contains("某县某镇人民政府2024年政府信息公开工作年度报告.docx"), names(out).toString());
		assertEquals(List.of("g.nianbao", "out"), names(dir), "nothing outside the output folder");
		assertEquals(NianbaoCli.USAGE, CommandLineRun.of("generate", "--name", "title", report.toString()).code());
	}

	private static List<String> names(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
