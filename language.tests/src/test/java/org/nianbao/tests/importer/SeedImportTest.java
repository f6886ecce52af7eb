package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.form.ProseText;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.Importer;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.TestFiles;

/**
 * The three seeds (text extracted from the real reports' Word files) import to the same facts, prose and figures
 * as the examples transcribed from them by hand. Differences, each expected and not compared:
 * <ul>
 * <li>the report's name (the importer makes it from the file name);</li>
 * <li>comments (the examples explain their defects; the import marks where an image was, gaocheng's
 * {@code [image: ]});</li>
 * <li>the examples write {@code all zero} and cite figures as {@code {本年新收.总计}}; the import writes every row and
 * the number printed: compared as printed figures and as printed prose, they are the same.</li>
 * </ul>
 */
class SeedImportTest {

	static Stream<String> seeds() {
		return Stream.of("boshan-yuanquan-2024", "gaocheng-2024", "xinyuan-2023");
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void seedImportsAsTheHandTranscription(String seed, @TempDir Path dir) throws Exception {
		Path text = TestFiles.root().resolve("../shared/reference/seeds").normalize().resolve(seed + ".txt");
		Assumptions.assumeTrue(Files.exists(text), "seeds not present: " + text);
		Path copy = Files.copy(text, dir.resolve(seed + ".txt"));
		Importer.Result result = Imports.importFile(copy);
		LoadedReport imported = LoadedReport.of(Imports.write(dir.resolve(seed + ".nianbao"), result.text()));
		LoadedReport example = LoadedReport.of(TestFiles.root().resolve("examples").resolve(seed + ".nianbao"));
		assertTrue(imported.resource().getErrors().isEmpty(),
				() -> imported.resource().getErrors() + "\n" + result.text());

		Report a = example.report();
		Report b = imported.report();
		assertEquals(a.getOrgan(), b.getOrgan());
		assertEquals(a.getYear(), b.getYear());
		assertEquals(a.getPublished(), b.getPublished());
		assertEquals(a.getTitle(), b.getTitle());
		assertEquals(prose(a.getPreface(), example), prose(b.getPreface(), imported), "preface\n" + result.text());
		assertEquals(parts(a, example), parts(b, imported), result.text());
		assertEquals(Imports.figures(example.evaluation()), Imports.figures(imported.evaluation()), result.text());
	}

	@Test
	void xinyuanSaysWhatDiffersFromTheForm(@TempDir Path dir) throws Exception {
		String seed = "xinyuan-2023";
		Path text = TestFiles.root().resolve("../shared/reference/seeds").normalize().resolve(seed + ".txt");
		Assumptions.assumeTrue(Files.exists(text));
		Importer.Result result = Imports.importFile(Files.copy(text, dir.resolve(seed + ".txt")));
		List<String> messages = result.warnings().stream().map(ImportWarning::message).toList();
		// the sixth part printed as 五, a row label cut short by the text extraction, spaced labels
		assertTrue(messages.contains("标题印作“五、其他需要报告的事项”，格式为“六、其他需要报告的事项”：照印保留"), messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("行名印作“1. 申请人无正当理由逾期不补正、行”，不完整")), messages::toString);
		assertTrue(messages.contains("行名印作“(七) 总计”，格式为“（七）总计”（全角半角、空格或标点不同）"), messages::toString);
		assertTrue(result.warnings().stream().allMatch(w -> w.where().startsWith("表格") || w.where().startsWith("第")),
				result.warnings()::toString);
	}

	private static List<String> parts(Report report, LoadedReport loaded) {
		List<String> out = new ArrayList<>();
		for (Part part : report.getParts()) {
			out.add("# " + part.getHeading().strip());
			out.addAll(prose(part.getProse(), loaded));
			out.addAll(prose(part.getClosing(), loaded));
		}
		return out;
	}

	private static List<String> prose(List<ProseItem> items, LoadedReport loaded) {
		return items.stream().map(item -> ProseText.of(item, ref -> loaded.evaluation().text(ref)).strip()).toList();
	}
}
