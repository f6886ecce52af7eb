package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.importer.UnreadableInput;

/** PDFs import cannot read: each refused in one line that says why and what to do, in bounded time. */
class PdfRefusalTest {

	private static String refused(Path file) {
		UnreadableInput e = assertThrows(UnreadableInput.class,
				() -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new Importer(Imports.nationalForm()).importFile(file)));
		assertTrue(!e.getMessage().contains("\n"), e.getMessage());
		return e.getMessage();
	}

	/** huaian-szf-2024-scan.pdf: page 4 rendered by pdftoppm (36 dpi, grey) and wrapped by img2pdf, as a scanner would. */
	@Test
	void aScanHasNoTextLayer() {
		assertTrue(refused(Imports.resource("huaian-szf-2024-scan.pdf")).startsWith("PDF 中没有文字层（可能是扫描件）"));
	}

	@Test
	void aPdfThatNeedsAPasswordIsRefusedButOneWithOnlyPermissionsOpens(@TempDir Path dir) throws Exception {
		Path locked = dir.resolve("locked.pdf");
		Path restricted = dir.resolve("restricted.pdf");
		for (Path target : new Path[] { locked, restricted }) {
			try (PDDocument document = Loader.loadPDF(Imports.resource("huaian-szf-2024.pdf").toFile())) {
				AccessPermission permissions = new AccessPermission();
				permissions.setCanModify(false);
				document.protect(new StandardProtectionPolicy("owner", target == locked ? "secret" : "", permissions));
				document.save(target.toFile());
			}
		}
		assertTrue(refused(locked).startsWith("PDF 有密码保护，需要密码才能打开，无法导入"));
		assertTrue(Imports.importFile(restricted).text().contains("本年新收         3001 53 0 0 61 4 3119"));
	}

	@Test
	void aDamagedOrMislabelledFileIsSaidSo(@TempDir Path dir) throws Exception {
		byte[] pdf = Files.readAllBytes(Imports.resource("huaian-szf-2024.pdf"));
		Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(pdf, 2000));
		String message = refused(cut);
		assertTrue(message.startsWith("PDF 文件已损坏，读不出") || message.startsWith("PDF 中读不出任何文字，也没有图像：文件可能已损坏"), message);
		Path html = Files.copy(Imports.resource("pingtan-2023.html"), dir.resolve("page.pdf"));
		assertEquals("不是 PDF 文件（文件开头没有 %PDF 标记），无法导入：文件可能已损坏，或扩展名有误", refused(html));
	}

	@Test
	void thousandsOfPagesAreRefusedBeforeTheyAreRead(@TempDir Path dir) throws Exception {
		Path many = dir.resolve("many.pdf");
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < 3000; i++) {
				document.addPage(new PDPage());
			}
			document.save(many.toFile());
		}
		assertTrue(refused(many).startsWith("PDF 有 3000 页，超过导入上限 200 页"), refused(many));
	}

	/** A page whose content stream inflates from 1 MB to 1 GB of drawing operators. */
	@Test
	void aStreamThatInflatesWithoutEndCostsBoundedTimeAndMemory(@TempDir Path dir) throws Exception {
		Path bomb = dir.resolve("bomb.pdf");
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		byte[] line = "0 0 m 1 1 l S\n".getBytes();
		try (OutputStream out = new DeflaterOutputStream(deflated, new Deflater(9))) {
			for (long written = 0; written < 1L << 30; written += line.length * 4096L) {
				byte[] block = new byte[line.length * 4096];
				for (int i = 0; i < 4096; i++) {
					System.arraycopy(line, 0, block, i * line.length, line.length);
				}
				out.write(block);
			}
		}
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDStream stream = new PDStream(document);
			try (OutputStream raw = stream.getCOSObject().createRawOutputStream()) {
				raw.write(deflated.toByteArray());
			}
			stream.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
			page.setContents(stream);
			document.save(bomb.toFile());
		}
		String message = refused(bomb);
		assertTrue(message.startsWith("PDF 内容过于复杂") || message.startsWith("PDF 读取超时") || message.startsWith("PDF 中没有文字层"),
				message);
	}
}
