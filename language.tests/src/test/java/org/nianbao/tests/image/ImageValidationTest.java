package org.nianbao.tests.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.docx.TestImages;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.TestInjector;
import org.nianbao.tests.support.ReportText;

/** An image in prose: PNG or JPEG, found relative to the report, inside the report's folder, with a caption. */
class ImageValidationTest {

	private static List<Issue> validate(Path dir, String imageLines) throws IOException {
		String text = ReportText.ANHE_2024.replaceAll("(?m)^\\s*previous .*\n", "")
				.replace("（上年{previous.本年新收.总计}件）", "")
				.replace("## （二）依申请公开\n", imageLines + "## （二）依申请公开\n");
		Path report = Files.writeString(dir.resolve("报告/report.nianbao"), text, StandardCharsets.UTF_8);
		XtextResourceSet set = TestInjector.get(XtextResourceSet.class);
		return Validation.issues(set.getResource(URI.createFileURI(report.toString()), true));
	}

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	@Test
	void pngAndJpegBesideTheReportOrBelowItAreFine(@TempDir Path dir) throws IOException {
		TestImages.write(dir.resolve("报告/chart.png"), "png", 400, 300);
		TestImages.write(dir.resolve("报告/图表/photo.jpeg"), "jpg", 400, 300);
		List<Issue> issues = validate(dir, "image \"chart.png\" \"图1 分布\"\nimage \"图表/photo.jpeg\" \"图2 专区\"\n");
		assertEquals(List.of(), issues, Validation.describe(issues));
	}

	@Test
	void aPathWithoutQuotesIsASyntaxErrorSayingSo(@TempDir Path dir) throws IOException {
		TestImages.write(dir.resolve("报告/hexi-2024-charts/active.png"), "png", 400, 300);
		List<Issue> issues = validate(dir, "image hexi-2024-charts/active.png \"图1 主动公开情况\"\n");
		assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("null")), Validation.describe(issues));
		// the path's pieces are not also reported as unknown rows or as table data in a prose part
		assertTrue(issues.stream().allMatch(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode())),
				Validation.describe(issues));
		assertEquals("图片的路径要写在引号中，如 image \"图表/图1.png\" \"图1 ……\"", issues.get(0).getMessage());
	}

	@Test
	void aMissingImageIsAnErrorOnItsPath(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("报告"));
		List<Issue> issues = validate(dir, "image \"chart.png\" \"图1 分布\"\n");
		assertEquals(List.of(IssueCodes.IMAGE_NOT_FOUND), codes(issues), Validation.describe(issues));
		assertEquals("找不到图片“chart.png”：路径相对于本报告所在的文件夹，请确认文件存在、名称拼写正确", issues.get(0).getMessage());
	}

	@Test
	void aFileThatIsNoPngOrJpegIsUnreadable(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("报告"));
		Files.writeString(dir.resolve("报告/chart.png"), "not an image");
		TestImages.write(dir.resolve("报告/chart.gif"), "gif", 40, 30);
		byte[] png = Files.readAllBytes(TestImages.write(dir.resolve("报告/ok.png"), "png", 40, 30));
		Files.write(dir.resolve("报告/broken.png"), java.util.Arrays.copyOf(png, 30));
		List<Issue> issues = validate(dir,
				"image \"chart.png\" \"图1\"\nimage \"chart.gif\" \"图2\"\nimage \"broken.png\" \"图3\"\n");
		assertEquals(List.of(IssueCodes.IMAGE_UNREADABLE, IssueCodes.IMAGE_UNREADABLE, IssueCodes.IMAGE_UNREADABLE),
				codes(issues),
				Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().contains("只支持 PNG 和 JPEG"), issues.get(0).getMessage());
	}

	@Test
	void anImageOutsideTheReportsFolderIsRefused(@TempDir Path dir) throws IOException {
		TestImages.write(dir.resolve("outside.png"), "png", 40, 30);
		Files.createDirectories(dir.resolve("报告"));
		String absolute = dir.resolve("outside.png").toString().replace('\\', '/');
		List<Issue> issues = validate(dir, "image \"../outside.png\" \"图1\"\nimage \"" + absolute
				+ "\" \"图2\"\nimage \"a/../../outside.png\" \"图3\"\n");
		assertEquals(
				List.of(IssueCodes.IMAGE_OUTSIDE_FOLDER, IssueCodes.IMAGE_OUTSIDE_FOLDER,
						IssueCodes.IMAGE_OUTSIDE_FOLDER),
				codes(issues), Validation.describe(issues));
	}

	@Test
	void anImageWithoutCaptionIsWarned(@TempDir Path dir) throws IOException {
		TestImages.write(dir.resolve("报告/chart.png"), "png", 40, 30);
		List<Issue> issues = validate(dir, "image \"chart.png\"\n");
		assertEquals(List.of(IssueCodes.IMAGE_WITHOUT_CAPTION), codes(issues), Validation.describe(issues));
	}
}
