package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.tests.support.Validation;

/**
 * Mutants of real published files (the 平潭 page, the GBK defects page, the WPS form's document.xml, the Huaian
 * PDF and a LibreOffice PDF): each either
 * imports, and its text parses without a syntax error, or is refused with a one-line message; none throws
 * anything else or takes more than 10 s. Seeded, so a failure replays; {@code -Dnianbao.importFuzz.count=N}.
 */
class ImportFuzzTest {

	private static final String[] XML_NOISE = {"<w:vMerge/>", "<w:gridSpan w:val=\"99999\"/>", "<w:hMerge/>",
			"</w:tc>", "<w:tc>", "<w:tr>", "<w:tbl>", "<w:br/>",
			"<w:numPr><w:ilvl w:val=\"8\"/><w:numId w:val=\"7\"/></w:numPr>",
			"<w:sdt><w:sdtContent>", "<w:t>/</w:t>", "<w:t>{</w:t>", "<w:gridBefore w:val=\"-3\"/>"};
	private static final String[] HTML_NOISE = {"<td rowspan=100000>", "<td colspan=0>", "</tr>", "<table>", "</table>",
			"<p>", "&nbsp;", "—", "{", "\u0000", "<br>", "<td>二、上年结转政府信息公开申请数量</td>"};

	@Test
	void mutantsImportOrAreRefusedInOneLine(@TempDir Path dir) throws Exception {
		int count = Integer.getInteger("nianbao.importFuzz.count", 90);
		Importer importer = new Importer(Imports.nationalForm());
		String pingtan = Files.readString(Imports.resource("pingtan-2023.html"));
		String donghe = new String(Files.readAllBytes(Imports.resource("donghe-wenlv-2020-gbk.html")), "GB18030");
		String wps;
		try (ZipFile zip = new ZipFile(Imports.resource("format-template-wps.docx").toFile())) {
			wps = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
		}
		byte[] doc = Files.readAllBytes(Imports.resource("anhe-scjg-2024.doc"));
		for (int i = 0; i < count; i++) {
			long seed = 14_000L + i;
			Random random = new Random(seed);
			Path file;
			switch (i % 4) {
			case 0 -> file = Imports.write(dir.resolve("m" + i + ".html"), mutate(pingtan, HTML_NOISE, random));
			case 1 -> file = Files.write(dir.resolve("m" + i + ".htm"),
					mutate(donghe, HTML_NOISE, random).getBytes("GB18030"));
			case 2 -> file = docx(dir.resolve("m" + i + ".docx"), mutate(wps, XML_NOISE, random));
			default -> file = Files.write(dir.resolve("m" + i + ".doc"), damage(doc, random));
			}
			long start = System.nanoTime();
			try {
				Importer.Result result = importer.importFile(file);
				var parsed = Validation.parse(result.text());
				assertTrue(parsed.getErrors().stream().noneMatch(e -> e.getMessage().startsWith("语法错误")),
						() -> "seed " + seed + ": " + parsed.getErrors() + "\n" + result.text());
			} catch (UnreadableInput e) {
				assertTrue(!e.getMessage().contains("\n") && !e.getMessage().isBlank(),
						"seed " + seed + ": " + e.getMessage());
			} catch (RuntimeException | StackOverflowError e) {
				fail("seed " + seed + " (" + file.getFileName() + "): " + e, e);
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertTrue(millis < 10_000, "seed " + seed + " took " + millis + " ms");
			Files.deleteIfExists(file);
		}
	}

	/** Published PDFs (WPS, LibreOffice) with bytes overwritten, runs repeated or the file cut short. */
	@Test
	void pdfMutantsImportOrAreRefusedInOneLine(@TempDir Path dir) throws Exception {
		int count = Integer.getInteger("nianbao.importFuzz.pdfCount", 24);
		Importer importer = new Importer(Imports.nationalForm());
		byte[][] pdfs = {Files.readAllBytes(Imports.resource("huaian-szf-2024.pdf")),
				Files.readAllBytes(Imports.resource("anhe-scjg-2024-libreoffice.pdf"))};
		for (int i = 0; i < count; i++) {
			long seed = 23_000L + i;
			Random random = new Random(seed);
			byte[] pdf = pdfs[i % 2];
			byte[] out;
			switch (random.nextInt(3)) {
			case 0 -> out = java.util.Arrays.copyOf(pdf, 16 + random.nextInt(pdf.length - 16));
			case 1 -> {
				int at = random.nextInt(pdf.length - 4096);
				byte[] run = java.util.Arrays.copyOfRange(pdf, at, at + 1 + random.nextInt(4096));
				out = new byte[pdf.length + run.length];
				System.arraycopy(pdf, 0, out, 0, at);
				System.arraycopy(run, 0, out, at, run.length);
				System.arraycopy(pdf, at, out, at + run.length, pdf.length - at);
			}
			default -> {
				out = pdf.clone();
				for (int e = 1 + random.nextInt(40); e > 0; e--) {
					out[16 + random.nextInt(out.length - 16)] = (byte) random.nextInt(256);
				}
			}
			}
			Path file = Files.write(dir.resolve("m" + i + ".pdf"), out);
			long start = System.nanoTime();
			try {
				Importer.Result result = importer.importFile(file);
				var parsed = Validation.parse(result.text());
				assertTrue(parsed.getErrors().stream().noneMatch(e -> e.getMessage().startsWith("语法错误")),
						() -> "seed " + seed + ": " + parsed.getErrors() + "\n" + result.text());
			} catch (UnreadableInput e) {
				assertTrue(!e.getMessage().contains("\n") && !e.getMessage().isBlank(),
						"seed " + seed + ": " + e.getMessage());
			} catch (RuntimeException | StackOverflowError e) {
				fail("seed " + seed + " (" + file.getFileName() + "): " + e, e);
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertTrue(millis < 10_000, "seed " + seed + " took " + millis + " ms");
			Files.deleteIfExists(file);
		}
	}

	private static String mutate(String text, String[] noise, Random random) {
		StringBuilder s = new StringBuilder(text);
		int edits = 1 + random.nextInt(6);
		for (int e = 0; e < edits && s.length() > 10; e++) {
			int at = random.nextInt(s.length());
			switch (random.nextInt(4)) {
			case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(400)));
			case 1 -> s.insert(at, noise[random.nextInt(noise.length)]);
			case 2 -> {
				int end = Math.min(s.length(), at + 1 + random.nextInt(2000));
				s.insert(at, s.substring(at, end));
			}
			default -> s.setLength(Math.max(10, at));
			}
		}
		return s.toString();
	}

	/** An old Word file with bytes overwritten past its header (its text, tables, property tables), or cut short. */
	private static byte[] damage(byte[] doc, Random random) {
		byte[] out = doc.clone();
		if (random.nextInt(5) == 0) {
			return java.util.Arrays.copyOf(out, 512 + random.nextInt(out.length - 512));
		}
		int edits = 1 + random.nextInt(40);
		for (int e = 0; e < edits; e++) {
			out[512 + random.nextInt(out.length - 512)] = (byte) random.nextInt(256);
		}
		return out;
	}

	/** The WPS form with its document part replaced. */
	private static Path docx(Path file, String document) throws IOException {
		try (ZipFile source = new ZipFile(Imports.resource("format-template-wps.docx").toFile());
				OutputStream out = Files.newOutputStream(file);
				ZipOutputStream zip = new ZipOutputStream(out)) {
			List<? extends ZipEntry> entries = new ArrayList<>(Collections.list(source.entries()));
			for (ZipEntry entry : entries) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					zip.write(document.getBytes(StandardCharsets.UTF_8));
				} else {
					source.getInputStream(entry).transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return file;
	}
}
