package org.nianbao.tests.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.TestFiles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Generates a report's document in memory and re-opens it with POI, as a reader's Word would. */
public final class Docs {

	public static final List<String> EXAMPLES = List.of("anhe-scjg-2024", "boshan-yuanquan-2024", "gaocheng-2024",
			"xinyuan-2023");

	public record Generated(Report report, ReportEvaluation evaluation, XWPFDocument document, byte[] bytes) {
	}

	private Docs() {
	}

	/**
	 * A small document as Nianbao writes it (its properties name Nianbao as the application), standing for "the
	 * document generated last week": only such a file may be replaced by generate.
	 */
	public static byte[] earlierDocument() {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("docProps/app.xml"));
			zip.write(
					("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties xmlns=\"http://schemas.openxmlformats.org/"
							+ "officeDocument/2006/extended-properties\"><Application>Nianbao</Application></Properties>")
							.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.write("the document sent last week".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	public static Path example(String name) {
		return TestFiles.examples().resolve(name + ".nianbao");
	}

	/** Loads the report with the files beside it (so a form it names is found) and generates its document. */
	public static Generated generate(Path file) {
		LoadedReport loaded = LoadedReport.of(file);
		return new Generated(loaded.report(), loaded.evaluation(), loaded.document(), loaded.docx());
	}

	/** One cell of a re-opened table, placed on the grid. */
	public record Cell(int row, int column, int span, Merge merge, String text) {
	}

	public enum Merge {
		NONE, RESTART, CONTINUE
	}

	public static List<List<Cell>> grid(XWPFTable table) {
		List<List<Cell>> rows = new ArrayList<>();
		List<XWPFTableRow> tableRows = table.getRows();
		for (int r = 0; r < tableRows.size(); r++) {
			List<Cell> cells = new ArrayList<>();
			int column = 0;
			for (XWPFTableCell cell : tableRows.get(r).getTableCells()) {
				CTTcPr pr = cell.getCTTc().getTcPr();
				int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
				Merge merge = Merge.NONE;
				if (pr != null && pr.getVMerge() != null) {
					merge = pr.getVMerge().getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
				}
				cells.add(new Cell(r, column, span, merge, cell.getText().replace("\n", ""))); // a label broken over lines reads as one
				column += span;
			}
			rows.add(cells);
		}
		return rows;
	}

	/** How many rows the cell starting a vertical merge covers. */
	public static int height(List<List<Cell>> grid, Cell top) {
		int height = 1;
		for (int r = top.row() + 1; r < grid.size(); r++) {
			int row = r;
			boolean continues = grid.get(r).stream()
					.anyMatch(c -> c.column() == top.column() && c.merge() == Merge.CONTINUE && c.row() == row);
			if (!continues) {
				break;
			}
			height++;
		}
		return height;
	}

	public static Cell find(List<List<Cell>> grid, String text) {
		return grid.stream().flatMap(List::stream).filter(c -> c.text().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("表中找不到“" + text + "”"));
	}
}
