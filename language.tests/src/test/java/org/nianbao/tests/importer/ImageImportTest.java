package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.tests.importer.RawDocx.p;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.Importer;
import org.nianbao.issues.IssueCodes;

/**
 * Images of a published report come in as {@code image} lines with their files saved beside the report (PNG and
 * JPEG, from Word's DrawingML, WPS's VML, a page's inline or saved-beside image), their caption from the “图1 …”
 * line under them; anything else stays visible as a comment. Headings of the third and fourth level come in as
 * {@code ###} and {@code ####}.
 */
class ImageImportTest {

	private static final String TOP = p("东河县文化和旅游局") + p("2024年政府信息公开工作年度报告") + p("一、总体情况")
			+ p("（一）主动公开");
	private static final String BOTTOM = p("五、存在的主要问题及改进情况") + p("问题。") + p("六、其他需要报告的事项")
			+ p("未收取信息处理费。") + p("东河县文化和旅游局") + p("2025年1月20日");

	private static byte[] image(String format, Color color) throws IOException {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			for (int y = 0; y < 20; y++) {
				image.setRGB(x, y, (x < 20 ? color : Color.WHITE).getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/** An image as Word writes it: DrawingML inline, the image by relation id. */
	private static String drawing(String id, String name) {
		return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing><wp:inline><wp:extent cx=\"5000000\" cy=\"2500000\"/>"
				+ "<wp:docPr id=\"3\" name=\"" + name
				+ "\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
				+ "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\""
				+ name + "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + id
				+ "\"/><a:stretch><a:fillRect/></a:stretch>"
				+ "</pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"5000000\" cy=\"2500000\"/></a:xfrm>"
				+ "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
	}

	/** An image as WPS and older Word write it: a VML shape with image data. */
	private static String vml(String id) {
		return "<w:p><w:r><w:pict><v:shape style=\"width:300pt;height:150pt\"><v:imagedata r:id=\"" + id
				+ "\" o:title=\"\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"/></v:shape></w:pict></w:r></w:p>";
	}

	@Test
	void wordAndWpsImagesBecomeImageLinesWithTheirFilesAndCaptions(@TempDir Path dir) throws Exception {
		byte[] png = image("png", Color.BLUE);
		byte[] jpeg = image("jpg", Color.RED);
		String body = TOP + p("全年主动公开信息126条。") + drawing("rId20", "图片 3") + p("图1 2024年主动公开信息分布")
				+ vml("rId21") + p("平台建设情况如下。") + BOTTOM;
		Path docx = RawDocx.withMedia(dir.resolve("东河2024.docx"), body,
				Map.of("rId20", "image1.png", "rId21", "image2.jpg"),
				Map.of("image1.png", png, "image2.jpg", jpeg));
		Path target = dir.resolve("out").resolve("东河2024.nianbao");
		Files.createDirectories(target.getParent());

		Importer.Result result = Imports.importInto(docx, target);

		String text = Files.readString(target);
		assertTrue(text.contains("| 全年主动公开信息126条。\nimage \"东河2024-图片/图1.png\" \"图1 2024年主动公开信息分布\"\n"
				+ "image \"东河2024-图片/图2.jpg\"\n| 平台建设情况如下。\n"), text);
		assertArrayEquals(png, Files.readAllBytes(dir.resolve("out/东河2024-图片/图1.png")));
		assertArrayEquals(jpeg, Files.readAllBytes(dir.resolve("out/东河2024-图片/图2.jpg")));
		assertEquals(List.of("段落8: warning: 图片下方没有“图1 ……”式的图题：已导入图片，图题请自行补上"),
				result.warnings().stream().map(w -> w.toText("x").replace("x:", "")).toList());
		List<Issue> issues = Imports.validate(target);
		assertEquals(List.of(IssueCodes.IMAGE_WITHOUT_CAPTION), issues.stream().map(Issue::getCode)
				.filter(c -> c.startsWith("image-")).toList(), issues::toString);
	}

	@Test
	void anImageThatIsNotPngOrJpegStaysAComment(@TempDir Path dir) throws Exception {
		String body = TOP + drawing("rId20", "图片 3") + p("图1 示意图") + BOTTOM;
		Path docx = RawDocx.withMedia(dir.resolve("gif.docx"), body, Map.of("rId20", "image1.gif"),
				Map.of("image1.gif", image("gif", Color.GREEN)));
		Importer.Result result = Imports.importInto(docx, dir.resolve("gif.nianbao"));
		assertTrue(result.text().contains("// 图片：图片 3（段落5）：不是 PNG/JPEG，未导入\n| 图1 示意图\n"), result.text());
		assertTrue(result.images().isEmpty());
		assertFalse(Files.exists(dir.resolve("gif-图片")));
		assertTrue(result.warnings().stream().map(ImportWarning::message).anyMatch(m -> m.contains("不是 PNG 或 JPEG")),
				result.warnings()::toString);
	}

	@Test
	void anExistingImageFileIsNotOverwritten(@TempDir Path dir) throws Exception {
		Path docx = RawDocx.withMedia(dir.resolve("r.docx"), TOP + drawing("rId20", "图") + p("图1 分布") + BOTTOM,
				Map.of("rId20", "image1.png"), Map.of("image1.png", image("png", Color.BLUE)));
		Files.createDirectories(dir.resolve("r-图片"));
		Files.writeString(dir.resolve("r-图片/图1.png"), "mine");
		Importer importer = new Importer(Imports.nationalForm());
		assertThrows(FileAlreadyExistsException.class,
				() -> importer.importInto(docx, dir.resolve("r.nianbao"), false));
		assertEquals("mine", Files.readString(dir.resolve("r-图片/图1.png")));
		assertFalse(Files.exists(dir.resolve("r.nianbao")), "nothing is written when an image cannot be");
		importer.importInto(docx, dir.resolve("r.nianbao"), true);
		assertTrue(Files.size(dir.resolve("r-图片/图1.png")) > 4);
	}

	@Test
	void aPagesInlineAndSavedImagesComeInButNothingFromOutsideOrTheNetwork(@TempDir Path dir) throws Exception {
		byte[] png = image("png", Color.BLUE);
		byte[] jpeg = image("jpg", Color.RED);
		Files.createDirectories(dir.resolve("page_files"));
		Files.write(dir.resolve("page_files/image001.jpg"), jpeg);
		Files.write(dir.resolve("outside.png"), png);
		Path page = dir.resolve("site").resolve("page.html");
		Files.createDirectories(page.getParent().resolve("page_files"));
		Files.write(page.getParent().resolve("page_files/image001.jpg"), jpeg);
		String html = "<html><head><meta charset=\"utf-8\"><title>东河县文化和旅游局2024年政府信息公开工作年度报告</title></head><body>"
				+ "<div class=\"nav\">首页 &gt; 政府信息公开</div><div class=\"article\">"
				+ "<p class=MsoNormal>东河县文化和旅游局2024年政府信息公开工作年度报告</p>"
				+ "<p>一、总体情况</p><p>全年主动公开信息126条。</p>"
				+ "<p align=center><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png)
				+ "\"></p>"
				+ "<p align=center>图1 2024年主动公开信息分布</p>"
				+ "<p><img src=\"page_files/image001.jpg\" width=400></p><p align=center>图2 政务公开专区</p>"
				+ "<p><img src=\"https://www.example.gov.cn/images/banner.png\" alt=\"横幅\"></p>"
				+ "<p><img src=\"../outside.png\" alt=\"外部\"></p>"
				+ "<p>五、存在的主要问题及改进情况</p><p>问题。</p><p>六、其他需要报告的事项</p><p>未收取信息处理费。</p>"
				+ "<p align=right>东河县文化和旅游局</p><p align=right>2025年1月20日</p></div><div class=\"footer\">版权所有</div></body></html>";
		Files.write(page, html.getBytes(StandardCharsets.UTF_8));
		Importer.Result result = Imports.importInto(page, dir.resolve("site/page.nianbao"));
		assertTrue(result.text().contains("image \"page-图片/图1.png\" \"图1 2024年主动公开信息分布\"\n"
				+ "image \"page-图片/图2.jpg\" \"图2 政务公开专区\"\n// 图片：横幅（段落6）\n// 图片：外部（段落6）\n"), result.text());
		assertArrayEquals(png, Files.readAllBytes(dir.resolve("site/page-图片/图1.png")));
		assertArrayEquals(jpeg, Files.readAllBytes(dir.resolve("site/page-图片/图2.jpg")));
	}

	@Test
	void thirdAndFourthLevelHeadingsByStyleOrByNumber(@TempDir Path dir) throws Exception {
		String heading3 = "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>一是强化组织领导</w:t></w:r></w:p>";
		String heading4 = "<w:p><w:pPr><w:outlineLvl w:val=\"3\"/></w:pPr><w:r><w:t>图解政策</w:t></w:r></w:p>";
		String body = TOP + p("1.政策解读") + p("（1）图解") + heading3 + heading4
				+ p("2.强化组织领导。全年召开专题会议3次，研究部署政务公开工作。") + BOTTOM;
		Importer.Result result = Imports.importFile(RawDocx.write(dir.resolve("levels.docx"), body, null));
		assertTrue(result.text().contains("## （一）主动公开\n### 1.政策解读\n#### （1）图解\n### 一是强化组织领导\n#### 图解政策\n"
				+ "| 2.强化组织领导。全年召开专题会议3次，研究部署政务公开工作。\n"), result.text());
	}
}
