package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.issues.IssueCodes;

/**
 * Part headings as offices print them, on import: the 2019 wording, other phrases, Shanghai's numbering. Each is
 * found as the part it is (by its words, else by its number and place), kept as printed, and validation flags it —
 * never a lost part.
 */
class PartHeadingImportTest {

	private static List<String> codes(Path dir, Importer.Result result) {
		List<Issue> issues = Imports.validate(Imports.write(dir.resolve("imported.nianbao"), result.text()));
		return issues.stream().map(Issue::getCode).toList();
	}

	private static long count(List<String> codes, String code) {
		return codes.stream().filter(code::equals).count();
	}

	@Test
	void converterMarkdownWithOtherWordings(@TempDir Path dir) throws Exception {
		String md = Files.readString(Imports.resource("pingtan-2023-converter.md"))
				// a converter that wrote no '#' on this part; the 2019 wording
				.replace("# 四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况")
				.replace("# 五、存在的主要问题及改进情况", "# 五、工作存在的不足及下一步打算");
		Importer.Result result = Imports.importFile(Imports.write(dir.resolve("平潭.md"), md));
		assertEquals(List.of(), result.errors(), result.errors().toString());
		assertTrue(result.text().contains("\n# 四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况\n"), result.text());
		assertTrue(result.text().contains("\n# 五、工作存在的不足及下一步打算\n"), result.text());
		assertTrue(result.warnings().stream().anyMatch(w -> w.message()
				.equals("标题印作“五、工作存在的不足及下一步打算”，格式为“五、存在的主要问题及改进情况”：照印保留")), result.warnings().toString());
		List<String> codes = codes(dir, result);
		assertEquals(2, count(codes, IssueCodes.HEADING_MISLABELLED), codes.toString());
		assertFalse(codes.contains(IssueCodes.MISSING_PART) || codes.contains(IssueCodes.UNKNOWN_PART),
				codes.toString());
	}

	@Test
	void portalPageWithShanghaiNumbering(@TempDir Path dir) throws Exception {
		// the table parts numbered 一、二、三 after an extra prose part, 六 printed as 五
		String page = Files.readString(Imports.resource("pingtan-2023.html"), StandardCharsets.UTF_8)
				.replace("<strong>二、主动公开政府信息情况</strong>",
						"<strong>二、政务公开工作亮点</strong></p><p>本年度亮点突出。</p><p><strong>一、主动公开政府信息情况</strong>")
				.replace("三、收到和处理政府信息公开申请情况", "二、收到和处理政府信息公开申请情况")
				.replace("四、政府信息公开行政复议、行政诉讼情况", "三、行政复议和行政诉讼情况")
				.replace("五、存在的主要问题及改进情况", "四、存在的主要问题及整改措施")
				.replace("六、其他需要报告的事项", "五、其他需要报告的事项");
		Importer.Result result = Imports.importFile(Imports.write(dir.resolve("page.html"), page));
		assertEquals(List.of(), result.errors(), result.errors().toString());
		for (String heading : List.of("一、主动公开政府信息情况", "三、行政复议和行政诉讼情况", "四、存在的主要问题及整改措施", "五、其他需要报告的事项")) {
			assertTrue(result.text().contains("\n# " + heading + "\n"), heading + "\n" + result.text());
		}
		List<String> codes = codes(dir, result);
		assertEquals(5, count(codes, IssueCodes.HEADING_MISNUMBERED), codes.toString());
		// 政务公开工作亮点 is no part of the form, nor numbered as one where it stands: kept as a line of part 一
		assertTrue(result.text().contains("\n| 二、政务公开工作亮点\n"), result.text());
		assertFalse(codes.contains(IssueCodes.UNKNOWN_PART), codes.toString());
		assertFalse(codes.contains(IssueCodes.MISSING_PART), codes.toString());
		assertFalse(codes.contains(IssueCodes.ROW_NOT_IN_TABLE), codes.toString());
	}

	@Test
	void seedTextInThe2019Wording(@TempDir Path dir) throws Exception {
		Path seed = TestFiles.root().resolve("../shared/reference/seeds/gaocheng-2024.txt").normalize();
		Assumptions.assumeTrue(Files.exists(seed), "seeds not present: " + seed);
		String text = Files.readString(seed).replace("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况")
				.replace("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况");
		Importer.Result result = Imports.importFile(Imports.write(dir.resolve("gaocheng.txt"), text));
		assertEquals(List.of(), result.errors(), result.errors().toString());
		List<String> codes = codes(dir, result);
		assertEquals(2, count(codes, IssueCodes.HEADING_MISLABELLED), codes.toString());
		assertFalse(codes.contains(IssueCodes.MISSING_PART), codes.toString());
	}
}
