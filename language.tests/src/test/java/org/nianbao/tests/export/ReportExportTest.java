package org.nianbao.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.export.ReportExport;
import org.nianbao.export.ReportExport.Outcome;
import org.nianbao.export.ReportWriter;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/** The one export policy: refused on errors unless forced, written whole or not at all, and where it went. */
class ReportExportTest {

	@TempDir
	Path dir;

	private final Report report = (Report) Validation.parse(ReportText.ANHE_2024).getContents().get(0);

	/** Writes the report's organ, or fails after writing half of it. */
	private record OrganWriter(boolean failing) implements ReportWriter {

		@Override
		public String extension() {
			return ".txt";
		}

		@Override
		public String documentName() {
			return "文本";
		}

		/** A file of ours holds an organ's name, as this writer writes it. */
		@Override
		public boolean isOurs(Path existing) {
			try {
				return Files.readString(existing).endsWith("市场监督管理局");
			} catch (IOException e) {
				return false;
			}
		}

		@Override
		public void write(Report report, OutputStream out) throws IOException {
			out.write(report.getOrgan().getBytes(StandardCharsets.UTF_8));
			if (failing) {
				throw new IOException("No space left on device");
			}
		}
	}

	@Test
	void aReportWithErrorsIsRefusedUnlessForced() throws IOException {
		Path source = dir.resolve("r.nianbao");
		Outcome refused = ReportExport.export(report, source, null, 2, false, new OrganWriter(false));
		assertEquals(new Outcome.Refused(2), refused);
		assertFalse(Files.exists(dir.resolve("r.txt")));

		Outcome forced = ReportExport.export(report, source, null, 2, true, new OrganWriter(false));
		assertEquals(new Outcome.Written(dir.resolve("r.txt"), 2), forced);
		assertEquals(report.getOrgan(), Files.readString(dir.resolve("r.txt")));
	}

	@Test
	void theDocumentGoesIntoTheFolderMadeForIt() throws IOException {
		Path folder = dir.resolve("out/2024");
		Outcome written = ReportExport.export(report, dir.resolve("r.nianbao"), folder, 0, false,
				new OrganWriter(false));
		assertEquals(new Outcome.Written(folder.resolve("r.txt"), 0), written);
		assertEquals(report.getOrgan(), Files.readString(folder.resolve("r.txt")));
	}

	@Test
	void aFileTheWriterDidNotWriteIsKept() throws IOException {
		Path target = dir.resolve("r.txt");
		Files.writeString(target, "a clerk's own notes");
		Outcome kept = ReportExport.export(report, dir.resolve("r.nianbao"), null, 0, false, new OrganWriter(false));
		assertTrue(kept instanceof Outcome.BadTarget bad && bad.reason().contains("r.txt 已存在，且不是 Nianbao 生成的文本"),
				kept.toString());
		assertEquals("a clerk's own notes", Files.readString(target));
	}

	@Test
	void aFailedWriteLeavesTheOldFileAndNoPartialOne() throws IOException {
		Path target = dir.resolve("r.txt");
		Files.writeString(target, "last year: 安和县市场监督管理局");
		Outcome failed = ReportExport.export(report, dir.resolve("r.nianbao"), null, 0, false, new OrganWriter(true));
		assertEquals(new Outcome.Failed(target, "磁盘空间不足"), failed);
		assertEquals("last year: 安和县市场监督管理局", Files.readString(target));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(target), files.toList());
		}
	}

	@Test
	void anUnsavedReportIsNotWritten() {
		assertInstanceOf(Outcome.BadTarget.class,
				ReportExport.export(report, null, dir, 0, false, new OrganWriter(false)));
	}
}
