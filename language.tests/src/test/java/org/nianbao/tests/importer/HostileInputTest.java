package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.importer.UnreadableInput;

/** Hostile and broken inputs: each gets one line saying why, in bounded time and memory, and nothing crashes. */
class HostileInputTest {

	private static String refused(Path file) {
		Importer importer = new Importer(Imports.nationalForm());
		UnreadableInput failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> assertThrows(UnreadableInput.class, () -> importer.importFile(file)));
		String message = failure.getMessage();
		assertFalse(message.contains("\n") || message.contains("Exception") || message.isBlank(), message);
		return message;
	}

	@Test
	void zipBomb(@TempDir Path dir) throws Exception {
		Path bomb = dir.resolve("bomb.docx");
		// a well-formed package whose document part is 300 MB of spaces, a few hundred kilobytes compressed
		Path valid = RawDocx.write(dir.resolve("valid.docx"), RawDocx.p("一、总体情况"), null);
		try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(valid.toFile());
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry : java.util.Collections.list(source.entries())) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					zip.write(("<?xml version=\"1.0\"?><w:document " + RawDocx.W + "><w:body><w:p><w:r><w:t>")
							.getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1 << 20];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 300; i++) {
						zip.write(spaces);
					}
					zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
				} else {
					source.getInputStream(entry).transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		assertTrue(Files.size(bomb) < 2_000_000);
		assertEquals("疑似压缩炸弹（文件解压后远大于自身，超出导入限制），未读取", refused(bomb));
	}

	@Test
	void externalEntity(@TempDir Path dir) throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
				+ secret.toUri() + "\">]><w:document " + RawDocx.W
				+ "><w:body><w:p><w:r><w:t>一、总体情况&xxe;</w:t></w:r></w:p>"
				+ "</w:body></w:document>";
		Path docx = RawDocx.writeParts(dir.resolve("xxe.docx"), document, null);
		String message = refused(docx);
		assertFalse(message.contains("SECRET"), message);
		assertTrue(message.startsWith("文档内含 DOCTYPE") || message.startsWith("读不出 Word 文档内容"), message);
	}

	@Test
	void twoHundredMegabyteHtml(@TempDir Path dir) throws Exception {
		Path page = dir.resolve("huge.html");
		try (RandomAccessFile file = new RandomAccessFile(page.toFile(), "rw")) {
			file.setLength(200L * 1024 * 1024); // sparse: the check must not read it
		}
		assertEquals("网页文件太大（200 MB，导入上限为 20 MB），未读取：年度报告通常不足 1 MB，请确认是否选错了文件", refused(page));
	}

	@Test
	void deeplyNestedHtmlIsReadWithoutOverflowingTheStack(@TempDir Path dir) throws Exception {
		String deep = "<span>".repeat(100_000) + "深处的文字" + "</span>".repeat(100_000);
		Path page = Imports.write(dir.resolve("deep.html"), "<html><body><div id=\"zoom\"><p>一、总体情况</p><p>" + deep
				+ "</p></div></body></html>");
		Importer.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Imports.importFile(page));
		assertTrue(result.text().contains("深处的文字"), result.text());
	}

	@Test
	void binaryRenamedDocx(@TempDir Path dir) throws Exception {
		byte[] noise = new byte[100_000];
		new Random(14).nextBytes(noise);
		noise[0] = 0x13; // not a signature of any known format
		Path file = Files.write(dir.resolve("report.docx"), noise);
		assertEquals("不是 Word 文档（.docx）：文件内容是其他格式或已损坏，无法导入", refused(file));
	}

	@Test
	void pdfRenamedDocx(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("report.docx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
		assertEquals("不是 Word 文档（.docx）：文件内容是 PDF，无法导入", refused(file));
	}

	@Test
	void encryptedDocx(@TempDir Path dir) throws Exception {
		Path plain = RawDocx.write(dir.resolve("plain.docx"), RawDocx.p("一、总体情况"), null);
		Path encrypted = dir.resolve("encrypted.docx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("密码123");
			OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
			try (OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			} finally {
				opc.revert();
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}
		assertEquals("Word 文档有密码保护（已加密），无法导入：请在 Word 或 WPS 中取消密码后另存为 .docx 再导入", refused(encrypted));
	}

	@Test
	void aBrokenOldWordFileAndPdfAreNamedWithWhatToDo(@TempDir Path dir) throws Exception {
		assertEquals("不是旧版 Word 文档（.doc）：文件内容是其他格式或已损坏，无法导入",
				refused(Files.writeString(dir.resolve("a.doc"), "x")));
		Path empty = dir.resolve("empty.doc"); // an OLE2 file without a WordDocument stream
		try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
				OutputStream out = Files.newOutputStream(empty)) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[]{1, 2, 3}), "Other");
			fs.writeFilesystem(out);
		}
		assertEquals("读不出旧版 Word 文档（.doc）内容（文件已损坏或格式太旧）：请在 Word 或 WPS 中另存为 .docx 再导入", refused(empty));
		assertEquals("PDF 文件已损坏，读不出：请用 PDF 阅读器确认能否打开，或找到报告的 Word 文档、网页版本",
				refused(Files.writeString(dir.resolve("a.pdf"), "%PDF-1.4")));
	}

	@Test
	void binaryTextFile(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("a.txt"), new byte[]{'a', 0, 'b', 0, 1, 2});
		assertEquals("不是文本文件（内容是二进制数据），无法导入", refused(file));
	}

	@Test
	void hugeSpansAreCapped(@TempDir Path dir) throws Exception {
		Path page = Imports.write(dir.resolve("spans.html"), "<html><body><div id=\"zoom\"><p>三、收到和处理政府信息公开申请情况</p>"
				+ "<table><tr><td rowspan=2147483647 colspan=100000>一、本年新收政府信息公开申请数量</td><td>1</td></tr>"
				+ "<tr><td>2</td></tr></table><p>一、总体情况</p></div></body></html>");
		Importer.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Imports.importFile(page));
		assertTrue(result.text().contains("本年新收"), result.text());
	}
}
