package org.nianbao.tests.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images in prose and the third and fourth heading levels, as the generated document shows them. */
class ImagesAndHeadingsTest {

	/** A4 less the 28 mm and 26 mm side margins, in EMU (1 twip = 635 EMU). */
	private static final long TEXT_WIDTH_EMU = (11906 - 1588 - 1474) * 635L;

	static Path image(Path file, String format, int width, int height) throws IOException {
		return TestImages.write(file, format, width, height);
	}

	static String reportWith(String overviewExtra) throws IOException {
		String base = Files.readString(Docs.example("anhe-scjg-2024"), StandardCharsets.UTF_8)
				.replaceAll("(?m)^\\s*previous .*\n", "").replace("（上年{previous.本年新收.总计}件）", "");
		return base.replace("## （二）依申请公开\n", overviewExtra + "## （二）依申请公开\n");
	}

	@Test
	void anImageFillsTheTextWidthWithItsCaptionBelow(@TempDir Path dir) throws IOException {
		image(dir.resolve("图表/chart.png"), "png", 800, 400);
		image(dir.resolve("photo.jpg"), "jpg", 300, 200);
		Path report = Files.writeString(dir.resolve("report.nianbao"), reportWith(
				"image \"图表/chart.png\" \"图1 2024年主动公开信息分布\"\nimage \"photo.jpg\" \"图2 政务公开专区\"\n"),
				StandardCharsets.UTF_8);
		Docs.Generated generated = Docs.generate(report);
		List<XWPFParagraph> paragraphs = generated.document().getParagraphs();
		int first = -1;
		for (int i = 0; i < paragraphs.size(); i++) {
			if (!paragraphs.get(i).getRuns().isEmpty()
					&& !paragraphs.get(i).getRuns().get(0).getEmbeddedPictures().isEmpty()) {
				first = i;
				break;
			}
		}
		assertTrue(first > 0, "a paragraph holds the image");
		XWPFParagraph figure = paragraphs.get(first);
		assertEquals("Figure", figure.getStyle());
		XWPFPicture png = figure.getRuns().get(0).getEmbeddedPictures().get(0);
		assertEquals(TEXT_WIDTH_EMU, png.getCTPicture().getSpPr().getXfrm().getExt().getCx(), 1000,
				"as wide as the text");
		assertEquals(TEXT_WIDTH_EMU / 2, png.getCTPicture().getSpPr().getXfrm().getExt().getCy(), 1000,
				"proportions kept");
		assertEquals("image/png", png.getPictureData().getPackagePart().getContentType());
		assertEquals("Caption", paragraphs.get(first + 1).getStyle());
		assertEquals("图1 2024年主动公开信息分布", paragraphs.get(first + 1).getText());
		XWPFPicture jpeg = paragraphs.get(first + 2).getRuns().get(0).getEmbeddedPictures().get(0);
		assertEquals("image/jpeg", jpeg.getPictureData().getPackagePart().getContentType());
		assertEquals("图2 政务公开专区", paragraphs.get(first + 3).getText());
		assertEquals("（二）依申请公开", paragraphs.get(first + 4).getText(), "the image stands where it was written");
	}

	@Test
	void aVeryTallImageIsScaledToFitThePage(@TempDir Path dir) throws IOException {
		image(dir.resolve("tall.png"), "png", 200, 2000);
		Path report = Files.writeString(dir.resolve("report.nianbao"), reportWith("image \"tall.png\" \"图1 流程\"\n"),
				StandardCharsets.UTF_8);
		XWPFPicture tall = Docs.generate(report).document().getParagraphs().stream()
				.flatMap(p -> p.getRuns().stream()).flatMap(r -> r.getEmbeddedPictures().stream()).findFirst()
				.orElseThrow();
		long height = tall.getCTPicture().getSpPr().getXfrm().getExt().getCy();
		long textHeight = (16838 - 2098 - 1985) * 635L;
		assertTrue(height < textHeight, "fits the text area: " + height);
		assertEquals(height / 10, tall.getCTPicture().getSpPr().getXfrm().getExt().getCx(), 1000, "proportions kept");
	}

	@Test
	void theThirdAndFourthLevelsAreHeadingsInFangSong(@TempDir Path dir) throws IOException {
		Path report = Files.writeString(dir.resolve("report.nianbao"),
				reportWith(
						"### 1.政策解读\n| 发布图文解读4篇。\n#### （1）图解\n| 图解2篇。\n#### （2）视频\n| 视频2期。\n### 2.平台建设\n| 新增专题2个。\n"),
				StandardCharsets.UTF_8);
		Docs.Generated generated = Docs.generate(report);
		List<XWPFParagraph> paragraphs = generated.document().getParagraphs();
		XWPFParagraph third = paragraphs.stream().filter(p -> p.getText().equals("1.政策解读")).findFirst().orElseThrow();
		XWPFParagraph fourth = paragraphs.stream().filter(p -> p.getText().equals("（1）图解")).findFirst().orElseThrow();
		assertEquals("Heading3", third.getStyle());
		assertEquals("Heading4", fourth.getStyle());
		var styles = generated.document().getStyles();
		assertEquals("仿宋_GB2312", styles.getStyle("Heading4").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
		assertEquals("仿宋_GB2312", styles.getStyle("Heading3").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
		assertEquals(3, styles.getStyle("Heading4").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
		assertEquals(2, styles.getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
	}
}
