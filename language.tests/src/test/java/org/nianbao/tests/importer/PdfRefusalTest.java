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
				() -> assertTimeoutPreemptively(Duration.ofSeconds(60),
						() -> new Importer(Imports.nationalForm()).importFile(file)));
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
		for (Path target : new Path[]{locked, restricted}) {
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
		assertTrue(
				message.startsWith("PDF 内容过于复杂") || message.startsWith("PDF 读取超时") || message.startsWith("PDF 中没有文字层"),
				message);
	}
	/** 100 MB on disk (a sparse file after a PDF header): refused by its size before PDFBox opens it. */
	@Test
	void aHundredMegabyteFileIsRefusedUnread(@TempDir Path dir) throws Exception {
		Path big = dir.resolve("big.pdf");
		try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
			file.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			file.setLength(100L * 1024 * 1024);
		}
		assertEquals("PDF 文件太大（100 MB，导入上限为 20 MB），未读取：年度报告通常不足 1 MB，请确认是否选错了文件", refused(big));
	}

	/**
	 * Objects nested 100,000 deep, in the page's dictionary, in its resources and as operands of its content
	 * stream: read or refused in one line in bounded time, no stack overflow escaping.
	 */
	@Test
	void objectsNestedThousandsDeepCostBoundedTime(@TempDir Path dir) throws Exception {
		int depth = 100_000;
		String arrays = "[".repeat(depth) + "]".repeat(depth);
		String dicts = "<< /A ".repeat(depth) + "1" + " >>".repeat(depth);
		String content = "BT /F1 12 Tf 72 720 Td (report) Tj ET\n" + arrays + " pop\n" + dicts + " pop\n";
		String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Deep " + arrays
				+ " /Resources << /Font << /F1 5 0 R >> /Deep " + dicts + " >> >> endobj\n"
				+ "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "endstream endobj\n"
				+ "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		Path deep = Files.writeString(dir.resolve("deep.pdf"), pdf, java.nio.charset.StandardCharsets.US_ASCII);
		Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			try {
				return new Importer(Imports.nationalForm()).importFile(deep);
			} catch (UnreadableInput e) {
				return e;
			}
		});
		if (outcome instanceof UnreadableInput e) {
			assertTrue(e.getMessage().startsWith("PDF") && !e.getMessage().contains("\n"), e.getMessage());
		}
	}
}
