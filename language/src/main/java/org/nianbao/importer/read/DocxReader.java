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

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.importer.model.Block;
import org.nianbao.importer.model.PrintedImage;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedReport;
import org.nianbao.importer.model.PrintedTable;
import org.nianbao.importer.model.TextLine;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a .docx as Word, WPS or LibreOffice wrote it: the body's paragraphs and tables in order, also inside
 * content controls (w:sdt); automatic numbering put back before the text; tracked changes as accepted (inserted
 * text kept, deleted text dropped); field results without their codes; soft line breaks as paragraph ends;
 * text boxes after the paragraph that holds them; images as images. Tables are laid on their grid from the
 * raw merge properties (gridBefore, gridSpan, vMerge, legacy hMerge).
 */
public final class DocxReader {

	private DocxNumbering numbering;
	private final List<Block> blocks = new ArrayList<>();
	private XWPFDocument document;
	private int paragraphs;
	private int tables;

	public static PrintedReport read(Path file) throws UnreadableInput {
		InputLimits.applyToPoi();
		Sizes.check(file, "Word 文档");
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			FileMagic magic = FileMagic.valueOf(in);
			if (magic == FileMagic.OLE2) {
				if (encrypted(in)) {
					throw new UnreadableInput("Word 文档有密码保护（已加密），无法导入：请在 Word 或 WPS 中取消密码后另存为 .docx 再导入");
				}
				return DocReader.read(file); // an old .doc saved under the name .docx
			}
			if (magic != FileMagic.OOXML) {
				throw new UnreadableInput("不是 Word 文档（.docx）：文件内容是" + describe(magic) + "，无法导入");
			}
		} catch (IOException e) {
			throw new UnreadableInput("读不出文件：" + e.getClass().getSimpleName());
		}
		// Opened from the file, parts are inflated only when read, each within the limits (images too).
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XWPFDocument document = new XWPFDocument(pkg);
			DocxReader reader = new DocxReader();
			reader.document = document;
			reader.numbering = new DocxNumbering(document);
			reader.body(document.getDocument().getBody().getDomNode());
			return new PrintedReport(reader.blocks, null, false);
		} catch (IOException | RuntimeException | InvalidFormatException e) {
			throw new UnreadableInput(PoiFailure.explain(e), e);
		} finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	private static boolean encrypted(InputStream in) {
		try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
			return fs.getRoot().hasEntry("EncryptedPackage");
		} catch (IOException | RuntimeException e) {
			return false; // damaged: the .doc reader says so
		}
	}

	static String describe(FileMagic magic) {
		return switch (magic) {
		case PDF -> " PDF";
		case HTML -> "网页（HTML）";
		case XML -> " XML";
		case RTF -> " RTF";
		case PNG, JPEG, GIF, BMP, TIFF, WMF, EMF -> "图片";
		default -> "其他格式或已损坏";
		};
	}

	private int depth;

	/** The stored bytes of an image (within POI's entry limits), or null when there are none to read. */
	private byte[] data(String relation) {
		if (relation == null) {
			return null;
		}
		try {
			return document.getRelationById(relation) instanceof XWPFPictureData picture ? picture.getData() : null;
		} catch (RuntimeException e) {
			return null; // a damaged or oversized image is imported as a note, like a linked one
		}
	}

	private void body(Node container) {
		if (++depth > 50) {
			depth--;
			return; // content controls and text boxes nested deeper than any real document
		}
		try {
			bodyChildren(container);
		} finally {
			depth--;
		}
	}

	private void bodyChildren(Node container) {
		for (Element child : WordXml.children(container)) {
			if (WordXml.is(child, "p")) {
				paragraph(child);
			} else if (WordXml.is(child, "tbl")) {
				table(child);
			} else if (WordXml.is(child, "sdt") || WordXml.is(child, "customXml")) {
				Element content = WordXml.is(child, "sdt") ? WordXml.child(child, "sdtContent") : child;
				if (content != null) {
					body(content);
				}
			}
		}
	}

	private void paragraph(Element p) {
		paragraphs++;
		String where = "段落" + paragraphs;
		String number = numbering.next(p);
		int heading = numbering.headingLevel(p);
		ParagraphText text = new ParagraphText();
		text.collect(p);
		List<String> lines = text.lines();
		for (int i = 0; i < lines.size(); i++) {
			String line = (i == 0 ? number : "") + lines.get(i);
			if (!line.isBlank()) {
				blocks.add(new TextLine(line, i == 0 ? heading : 0, where));
			}
		}
		for (ParagraphText.DrawnImage image : text.images()) {
			blocks.add(new PrintedImage(image.name(), where, data(image.relation())));
		}
		for (Element box : text.textBoxes()) {
			body(box);
		}
	}

	private void table(Element tbl) {
		tables++;
		List<List<PrintedCell>> rows = new ArrayList<>();
		Map<Integer, String> above = new HashMap<>(); // grid column -> text of the cell covering it in the row above
		for (Element tr : rows(tbl)) {
			List<PrintedCell> cells = new ArrayList<>();
			Map<Integer, String> here = new HashMap<>();
			Element trPr = WordXml.child(tr, "trPr");
			int column = trPr == null
					? 0
					: Math.max(0, Math.min(InputLimits.MAX_SPAN, WordXml.intVal(WordXml.child(trPr, "gridBefore"), 0)));
			for (Element tc : cells(tr)) {
				Element tcPr = WordXml.child(tc, "tcPr");
				int span = tcPr == null
						? 1
						: Math.max(1,
								Math.min(InputLimits.MAX_SPAN, WordXml.intVal(WordXml.child(tcPr, "gridSpan"), 1)));
				Element hMerge = tcPr == null ? null : WordXml.child(tcPr, "hMerge");
				if (hMerge != null && !"restart".equals(WordXml.val(hMerge)) && !cells.isEmpty()) {
					here.put(column, here.get(column - 1));
					column += span;
					continue; // legacy horizontal merge: part of the cell to its left
				}
				Element vMerge = tcPr == null ? null : WordXml.child(tcPr, "vMerge");
				boolean continues = vMerge != null && !"restart".equals(WordXml.val(vMerge));
				String text;
				if (continues && above.containsKey(column)) {
					text = above.get(column);
					cells.add(new PrintedCell(text, true));
				} else {
					text = cellText(tc);
					cells.add(PrintedCell.of(text));
				}
				for (int c = column; c < column + span; c++) {
					here.put(c, text);
				}
				column += span;
			}
			rows.add(cells);
			above = here;
		}
		blocks.add(new PrintedTable(rows, true, "表格" + tables));
	}

	private static List<Element> rows(Element tbl) {
		return rows(tbl, 0);
	}

	private static List<Element> rows(Element tbl, int depth) {
		List<Element> out = new ArrayList<>();
		if (depth > 20) {
			return out;
		}
		for (Element child : WordXml.children(tbl)) {
			if (WordXml.is(child, "tr")) {
				out.add(child);
			} else if (WordXml.is(child, "sdt") || WordXml.is(child, "customXml")) {
				Element content = WordXml.is(child, "sdt") ? WordXml.child(child, "sdtContent") : child;
				if (content != null) {
					out.addAll(rows(content, depth + 1));
				}
			}
		}
		return out;
	}

	private static List<Element> cells(Element tr) {
		return cells(tr, 0);
	}

	private static List<Element> cells(Element tr, int depth) {
		List<Element> out = new ArrayList<>();
		if (depth > 20) {
			return out;
		}
		for (Element child : WordXml.children(tr)) {
			if (WordXml.is(child, "tc")) {
				out.add(child);
			} else if (WordXml.is(child, "sdt") || WordXml.is(child, "customXml")) {
				Element content = WordXml.is(child, "sdt") ? WordXml.child(child, "sdtContent") : child;
				if (content != null) {
					out.addAll(cells(content, depth + 1));
				}
			}
		}
		return out;
	}

	/** All paragraphs of a cell joined: a label printed over two lines (商业 / 企业) is one label. */
	private String cellText(Element tc) {
		StringBuilder out = new StringBuilder();
		cellParagraphs(tc, out);
		return out.toString().strip();
	}

	private void cellParagraphs(Element container, StringBuilder out) {
		if (++depth > 50) {
			depth--;
			return;
		}
		try {
			cellChildren(container, out);
		} finally {
			depth--;
		}
	}

	private void cellChildren(Element container, StringBuilder out) {
		for (Element child : WordXml.children(container)) {
			if (WordXml.is(child, "p")) {
				String number = numbering.next(child);
				ParagraphText text = new ParagraphText();
				text.collect(child);
				out.append(number).append(String.join("", text.lines()));
			} else if (WordXml.is(child, "tbl")) {
				for (Element tr : rows(child)) {
					for (Element tc : cells(tr)) {
						cellParagraphs(tc, out);
					}
				}
			} else if (WordXml.is(child, "sdt") || WordXml.is(child, "customXml")) {
				Element content = WordXml.is(child, "sdt") ? WordXml.child(child, "sdtContent") : child;
				if (content != null) {
					cellParagraphs(content, out);
				}
			}
		}
	}
}
