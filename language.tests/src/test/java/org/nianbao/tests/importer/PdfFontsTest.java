package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.importer.ImportWarning;

/**
 * The fonts' Unicode maps of a real WPS export (huaian-szf-2024.pdf, its subset CID fonts' ToUnicode CMaps)
 * rewritten as the known quirk has them: 一 as the Kangxi radical ⼀ U+2F00, 日 as ⽇ U+2F47, 六 as the
 * compatibility ideograph 六 U+F9D1; and 邮 left without any mapping (its bfchar entries removed). The import
 * reads the same report as from the file itself, with 邮 as U+FFFD and a warning naming the page and the font.
 * The same for a glyph of a Type 3 font (Chromium's print) left without mapping.
 */
class PdfFontsTest {

	private static final String KANGXI_ONE = "\u2F00";
	private static final String KANGXI_SUN = "\u2F47";
	private static final String COMPAT_SIX = "\uF9D1";

	private static Path quirky;
	private static Importer.Result original;
	private static Importer.Result imported;

	@BeforeAll
	static void rewriteTheFonts(@TempDir Path dir) throws Exception {
		quirky = rewrite(Imports.resource("huaian-szf-2024.pdf"), dir.resolve("huaian-quirky-fonts.pdf"),
				cmap -> cmap.replace("> <4E00>", "> <2F00>").replace("> <65E5>", "> <2F47>")
						.replace("> <516D>", "> <F9D1>")
						.replaceAll("<[0-9A-F]{4}> <90AE>\r?\n", ""));
		original = Imports.importInto(Imports.resource("huaian-szf-2024.pdf"), dir.resolve("original.nianbao"));
		imported = Imports.importInto(quirky, dir.resolve("quirky.nianbao"));
	}

	@Test
	void theRewrittenFileHasTheQuirk() throws Exception {
		String text;
		try (PDDocument document = Loader.loadPDF(quirky.toFile())) {
			text = new PDFTextStripper().getText(document);
		}
		assertTrue(text.contains(KANGXI_ONE) && text.contains(KANGXI_SUN) && text.contains(COMPAT_SIX), text);
		assertFalse(text.contains("一") || text.contains("邮"), text);
	}

	@Test
	void radicalsAndCompatibilityIdeographsAreReadAsTheOrdinaryCharacters() {
		String text = body(imported);
		assertFalse(text.contains(KANGXI_ONE) || text.contains(KANGXI_SUN) || text.contains(COMPAT_SIX), text);
		for (String line : List.of("# 一、总体情况", "# 六、其他需要报告的事项", "三安全一稳定     5 0 0 0 0 0 5")) {
			assertTrue(text.contains("\n" + line + "\n"), line + "\n" + text);
		}
		assertTrue(imported.warnings().stream().noneMatch(w -> w.message().contains("三安全一稳定")),
				imported.warnings().toString());
	}

	@Test
	void aGlyphWithoutUnicodeIsMarkedAndReportedAndEverythingElseIsAsPrinted() {
		String text = body(imported);
		assertTrue(text.contains("\uFFFD编：223001") && text.contains("电子\uFFFD箱"), text);
		assertEquals(body(original), text.replace("\uFFFD", "邮"));
		// full-width punctuation stays as printed
		assertTrue(text.contains("（地址：淮安市翔宇南道1号，"), text);
		List<ImportWarning> fonts = imported.warnings().stream().filter(w -> w.message().contains("没有对应的文字编码"))
				.toList();
		long printed = body(original).chars().filter(c -> c == '邮').count();
		assertTrue(printed >= 2);
		assertEquals(printed,
				fonts.stream().mapToInt(w -> Integer.parseInt(w.message().substring(0, w.message().indexOf(' '))))
						.sum(),
				fonts.toString());
		assertTrue(fonts.stream().allMatch(w -> w.where().matches("第[1-6]页") && w.message().contains("个字在 PDF 的字体（")
				&& w.message().contains("）中没有对应的文字编码，读不出是什么字，以 \uFFFD 标出")), fonts.toString());
		assertTrue(original.warnings().stream().noneMatch(w -> w.message().contains("没有对应的文字编码")),
				original.warnings().toString());
	}

	/**
	 * A browser's print (Chromium's Type 3 fonts, simple fonts with one-byte codes, whose bare code PDFBox would
	 * give as the character) with 监 left without mapping: marked and reported the same way.
	 */
	@Test
	void aType3GlyphWithoutUnicodeIsMarkedAndReported(@TempDir Path dir) throws Exception {
		Path fixture = Imports.resource("anhe-scjg-2024-chromium-borderless-p3-6.pdf");
		Path unmapped = rewrite(fixture, dir.resolve("unmapped.pdf"),
				cmap -> cmap.replaceAll("<[0-9A-F]{2}> <76D1>\r?\n", ""));
		Importer.Result before = Imports.importInto(fixture, dir.resolve("before.nianbao"));
		Importer.Result after = Imports.importInto(unmapped, dir.resolve("after.nianbao"));
		assertTrue(body(after).contains("市场\uFFFD管"), after.text());
		assertEquals(body(before), body(after).replace("\uFFFD", "监"));
		long printed = body(before).chars().filter(c -> c == '监').count();
		List<ImportWarning> fonts = after.warnings().stream().filter(w -> w.message().contains("没有对应的文字编码")).toList();
		assertEquals(printed,
				fonts.stream().mapToInt(w -> Integer.parseInt(w.message().substring(0, w.message().indexOf(' '))))
						.sum(),
				fonts.toString());
		assertTrue(before.warnings().stream().noneMatch(w -> w.message().contains("没有对应的文字编码")),
				before.warnings().toString());
	}

	/** {@code pdf} with the text of every font's ToUnicode CMap changed by {@code edit}, saved as {@code target}. */
	private static Path rewrite(Path pdf, Path target, UnaryOperator<String> edit) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
				COSBase object = document.getDocument().getObjectFromPool(key).getObject();
				if (object instanceof COSDictionary font && COSName.FONT.equals(font.getCOSName(COSName.TYPE))
						&& font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream cmap) {
					String text;
					try (var in = cmap.createInputStream()) {
						text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
					}
					try (OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
						out.write(edit.apply(text).getBytes(StandardCharsets.ISO_8859_1));
					}
				}
			}
			document.save(target.toFile());
		}
		return target;
	}

	/** The imported text without its first two lines, which name the file it came from. */
	private static String body(Importer.Result result) {
		return result.text().lines().skip(2).collect(java.util.stream.Collectors.joining("\n"));
	}
}
