package org.nianbao.importer.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.converter.AbstractWordUtils;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.importer.model.Block;
import org.nianbao.importer.model.PrintedImage;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedReport;
import org.nianbao.importer.model.PrintedTable;
import org.nianbao.importer.model.TextLine;

/**
 * Reads an old binary Word document (.doc, Word 97-2003, as WPS and older Word save it) through POI's HWPF:
 * paragraphs with their automatic numbers and outline levels, tables with vertical merges laid on the cells'
 * left edges, tracked deletions left out, field codes dropped (their results kept), images.
 */
public final class DocReader {

	/** Word's special characters in paragraph text: cell and row marks, image and drawing anchors, breaks. */
	private static final String DROPPED = "\u0001\u0007\u0008\r\u000c\u001f";
	/** A Symbol or Wingdings character (a bullet drawn by the font), as the .docx reader leaves w:sym out. */
	private static final char SYMBOL_FONT_FIRST = '\uF000';
	private static final char SYMBOL_FONT_LAST = '\uF0FF';
	private static final char FIELD_BEGIN = '\u0013';
	private static final char FIELD_SEPARATOR = '\u0014';
	private static final char FIELD_END = '\u0015';

	private final List<Block> blocks = new ArrayList<>();
	private final AbstractWordUtils.NumberingState numbering = new AbstractWordUtils.NumberingState();
	private PicturesTable pictures;
	private int paragraphs;
	private int tables;

	private DocReader() {
	}

	public static PrintedReport read(Path file) throws UnreadableInput {
		Sizes.check(file, "Word 文档");
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			if (FileMagic.valueOf(in) != FileMagic.OLE2) {
				throw new UnreadableInput(
						"不是旧版 Word 文档（.doc）：文件内容是" + DocxReader.describe(FileMagic.valueOf(in)) + "，无法导入");
			}
			HWPFDocument document = new HWPFDocument(in);
			DocReader reader = new DocReader();
			reader.pictures = document.getPicturesTable();
			reader.range(document.getRange());
			return new PrintedReport(reader.blocks, null, false);
		} catch (EncryptedDocumentException e) {
			throw new UnreadableInput("Word 文档有密码保护（已加密），无法导入：请在 Word 或 WPS 中取消密码后另存为 .docx 再导入");
		} catch (IOException | RuntimeException e) {
			throw new UnreadableInput("读不出旧版 Word 文档（.doc）内容（文件已损坏或格式太旧）：请在 Word 或 WPS 中另存为 .docx 再导入", e);
		}
	}

	private void range(Range range) {
		int count = range.numParagraphs();
		for (int i = 0; i < count; i++) {
			Paragraph paragraph = range.getParagraph(i);
			if (paragraph.isInTable() && paragraph.getTableLevel() == 1) {
				Table table = range.getTable(paragraph);
				table(table);
				i += Math.max(1, table.numParagraphs()) - 1;
			} else if (!paragraph.isInTable()) {
				paragraph(paragraph);
			}
		}
	}

	private void paragraph(Paragraph paragraph) {
		paragraphs++;
		String where = "段落" + paragraphs;
		List<PrintedImage> found = new ArrayList<>();
		String text = text(paragraph, found, where);
		int level = paragraph.getLvl();
		int heading = level >= 0 && level <= 3 ? level + 1 : 0;
		String[] lines = text.split("\u000b", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = (i == 0 ? number(paragraph) : "") + lines[i];
			if (!line.isBlank()) {
				blocks.add(new TextLine(line, i == 0 ? heading : 0, where));
			}
		}
		blocks.addAll(found);
	}

	/** The number Word's automatic numbering prints before the paragraph (一、 （一） 1.), not part of its text. */
	private String number(Paragraph paragraph) {
		if (!paragraph.isInList() || paragraph.getList() == null) {
			return "";
		}
		try {
			String label = AbstractWordUtils.getBulletText(numbering, paragraph.getList(), (char) paragraph.getIlvl());
			return label == null ? "" : label.replaceAll("[\\t\\u00a0\\uF000-\\uF0FF]", ""); // a bullet drawn by the Symbol font
		} catch (RuntimeException e) {
			return "";
		}
	}

	/** The printed text of a range: deleted revisions and field codes left out, images collected apart. */
	private String text(Range range, List<PrintedImage> found, String where) {
		StringBuilder out = new StringBuilder();
		for (int r = 0; r < range.numCharacterRuns(); r++) {
			CharacterRun run = range.getCharacterRun(r);
			if (run.isMarkedDeleted()) {
				continue;
			}
			if (found != null && pictures.hasPicture(run)) {
				org.apache.poi.hwpf.usermodel.Picture picture = pictures.extractPicture(run, false);
				found.add(new PrintedImage("", where, picture.getContent())); // a .doc names its images by offset only
			}
			out.append(run.text());
		}
		String text = out.toString().replace('\u001e', '-').replace('\u00a0', ' ');
		StringBuilder kept = new StringBuilder(text.length());
		// a field is 0x13 code [0x14 result] 0x15, nested at will: the code is never printed, the result is
		java.util.ArrayDeque<Boolean> inCode = new java.util.ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == FIELD_BEGIN) {
				inCode.push(true);
			} else if (c == FIELD_SEPARATOR && !inCode.isEmpty()) {
				inCode.pop();
				inCode.push(false);
			} else if (c == FIELD_END && !inCode.isEmpty()) {
				inCode.pop();
			} else if (!inCode.contains(true) && DROPPED.indexOf(c) < 0 && (c >= ' ' || c == '\u000b' || c == '\t')
					&& !(c >= SYMBOL_FONT_FIRST && c <= SYMBOL_FONT_LAST)) {
				kept.append(c == '\t' ? ' ' : c);
			}
		}
		return kept.toString();
	}

	private void table(Table table) {
		tables++;
		List<List<PrintedCell>> rows = new ArrayList<>();
		Map<Integer, String> above = new HashMap<>(); // a cell's left edge -> text of the cell there in the row above
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			List<PrintedCell> cells = new ArrayList<>();
			Map<Integer, String> here = new HashMap<>();
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				if (cell.isMerged() && !cell.isFirstMerged()) {
					continue; // legacy horizontal merge: part of the cell to its left
				}
				String text;
				if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
						&& above.containsKey(cell.getLeftEdge())) {
					text = above.get(cell.getLeftEdge());
					cells.add(new PrintedCell(text, true));
				} else {
					text = cellText(cell);
					cells.add(PrintedCell.of(text));
				}
				here.put(cell.getLeftEdge(), text);
			}
			rows.add(cells);
			above = here;
		}
		blocks.add(new PrintedTable(rows, true, "表格" + tables));
	}

	/** A cell's paragraphs joined (a label broken over lines is one label), with their automatic numbers. */
	private String cellText(TableCell cell) {
		StringBuilder out = new StringBuilder();
		for (int p = 0; p < cell.numParagraphs(); p++) {
			Paragraph paragraph = cell.getParagraph(p);
			out.append(number(paragraph)).append(text(paragraph, null, null).replace("\u000b", ""));
		}
		return out.toString().strip();
	}
}
