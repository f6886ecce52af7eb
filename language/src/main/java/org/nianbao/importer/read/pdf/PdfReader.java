package org.nianbao.importer.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.importer.model.Block;
import org.nianbao.importer.model.PrintedReport;
import org.nianbao.importer.read.Sizes;
import org.nianbao.importer.read.layout.LayoutLine;
import org.nianbao.importer.read.layout.LayoutReader;

/**
 * Reads a PDF with a text layer (WPS, Word, LibreOffice, a browser's print): tables from their ruling lines,
 * cell by cell ({@link LatticeFinder}, {@link RuledTable}); the other text by position through the layout
 * reader (paragraphs joined, page numbers and running headers dropped); the tables put back where they stand.
 * A scan, a PDF that needs a password, a damaged or hostile file is refused in one line.
 */
public final class PdfReader {

	/**
	 * PDFBox logs every repair of a damaged file; Xtext's log configuration writes the log to standard output,
	 * which carries the language server's protocol. The reader says what it could not read in its own words.
	 */
	private static final java.util.logging.Logger[] QUIET = {java.util.logging.Logger.getLogger("org.apache.pdfbox"),
			java.util.logging.Logger.getLogger("org.apache.fontbox")};

	static {
		for (java.util.logging.Logger logger : QUIET) {
			logger.setLevel(java.util.logging.Level.OFF);
			org.apache.log4j.Logger.getLogger(logger.getName()).setLevel(org.apache.log4j.Level.OFF);
		}
	}

	private PdfReader() {
	}

	public static PrintedReport read(Path file) throws UnreadableInput {
		Sizes.check(file, "PDF 文件");
		checkMagic(file);
		MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(PdfLimits.MAX_MEMORY_BYTES,
				PdfLimits.MAX_SCRATCH_BYTES);
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
				memory.streamCache)) {
			int pages = document.getNumberOfPages();
			if (pages > PdfLimits.MAX_PAGES) {
				throw new UnreadableInput(
						"PDF 有 " + pages + " 页，超过导入上限 " + PdfLimits.MAX_PAGES + " 页，未读取：年度报告通常不足 20 页，请确认是否选错了文件");
			}
			if (pages == 0) {
				throw new UnreadableInput("PDF 中没有页面，无法导入");
			}
			return read(document);
		} catch (InvalidPasswordException e) {
			throw new UnreadableInput("PDF 有密码保护，需要密码才能打开，无法导入：请找到未加密的版本，或报告的 Word 文档、网页版本");
		} catch (TooComplex e) {
			throw new UnreadableInput(e.getMessage());
		} catch (IOException | RuntimeException | StackOverflowError e) {
			throw new UnreadableInput("PDF 文件已损坏，读不出：请用 PDF 阅读器确认能否打开，或找到报告的 Word 文档、网页版本", e);
		}
	}

	private static void checkMagic(Path file) throws UnreadableInput {
		byte[] head = new byte[1024];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		} catch (IOException e) {
			throw new UnreadableInput("读不出文件：" + e.getClass().getSimpleName());
		}
		if (!new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
			throw new UnreadableInput("不是 PDF 文件（文件开头没有 %PDF 标记），无法导入：文件可能已损坏，或扩展名有误");
		}
	}

	private static PrintedReport read(PDDocument document) throws IOException, UnreadableInput {
		Budget budget = new Budget();
		List<PageGlyphs.Page> pages = PageGlyphs.read(document, budget);
		int glyphs = pages.stream().mapToInt(p -> p.glyphs().size()).sum();
		if (glyphs == 0) {
			int images = 0;
			for (PDPage page : document.getPages()) {
				images += PageRulings.read(page, budget).images();
			}
			throw new UnreadableInput(images > 0
					? "PDF 中没有文字层（可能是扫描件）：只有图像，无法可靠读出文字和表格，请找到报告的 Word 文档或网页版本再导入"
					: "PDF 中读不出任何文字，也没有图像：文件可能已损坏或只有空白页，请用 PDF 阅读器确认能否打开，或找到报告的 Word 文档、网页版本");
		}
		List<LayoutLine> lines = new ArrayList<>();
		List<RuledTable> tables = new ArrayList<>();
		List<ImportWarning> notes = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			int number = i + 1;
			PageGlyphs.Page page = pages.get(i);
			List<Glyph> text = new ArrayList<>(page.glyphs());
			PDPage pdPage = document.getPage(i);
			for (Lattice lattice : LatticeFinder.find(number, PageRulings.read(pdPage, budget).segments())) {
				text.removeIf(lattice::place);
				if (lattice.hasText()) {
					tables.add(RuledTable.of(lattice));
				}
			}
			lines.addAll(PdfLines.lines(number, text));
			if (page.unmapped() > 0) {
				notes.add(new ImportWarning("第" + number + "页",
						page.unmapped() + " 个字在 PDF 的字体（" + String.join("、", page.unmappedFonts())
								+ "）中没有对应的文字编码，读不出是什么字，以 " + PageGlyphs.UNMAPPED + " 标出：请对照原文补上"));
			}
		}
		return new PrintedReport(splice(lines, tables, notes), null, false, notes);
	}

	/** The layout reader's blocks with the ruled tables put before the first block below them; continued tables joined. */
	private static List<Block> splice(List<LayoutLine> lines, List<RuledTable> tables, List<ImportWarning> notes) {
		Map<String, LayoutLine> byWhere = new HashMap<>();
		for (LayoutLine line : lines) {
			byWhere.put(line.where(), line);
		}
		List<Block> text = LayoutReader.read(lines, notes);
		List<Object> out = new ArrayList<>();
		int next = 0;
		int page = 0;
		double top = 0;
		for (Block block : text) {
			LayoutLine line = byWhere.get(block.where());
			if (line != null) {
				page = line.page();
				top = line.top();
			}
			while (next < tables.size() && before(tables.get(next), page, top)) {
				out.add(tables.get(next++));
			}
			out.add(block);
		}
		while (next < tables.size()) {
			out.add(tables.get(next++));
		}
		// a table followed directly (only page furniture between) by one on the next page of the same width continues
		List<Block> blocks = new ArrayList<>();
		RuledTable open = null;
		int count = 0;
		List<Object> order = new ArrayList<>();
		for (Object o : out) {
			if (o instanceof RuledTable t) {
				if (open != null && open.continuedBy(t)) {
					open.append(t);
					continue;
				}
				open = t;
			} else {
				open = null;
			}
			order.add(o);
		}
		for (Object o : order) {
			if (o instanceof RuledTable t) {
				count++;
				blocks.add(t.printed("表格" + count + "（第" + t.page + "页）"));
			} else {
				blocks.add((Block) o);
			}
		}
		return blocks;
	}

	private static boolean before(RuledTable table, int page, double top) {
		return table.page < page || (table.page == page && table.top < top);
	}
}
