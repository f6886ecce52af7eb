package org.nianbao.importer.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.nianbao.form.PageFurniture;

import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.importer.model.Block;
import org.nianbao.importer.model.PrintedImage;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedReport;
import org.nianbao.importer.model.PrintedTable;
import org.nianbao.importer.model.TextLine;
import org.nianbao.importer.read.layout.LayoutReader;
import org.nianbao.importer.read.layout.SpacedText;

/**
 * Reads text extracted from a Word document (the form of the seeds): a paragraph per line; table rows as lines
 * with tab-separated cells, or as groups of tab-indented lines, one cell per line (a line without the tab
 * continues the cell above), separated by blank lines; {@code [image: ]} for images; {@code [bookmark: ]}
 * marks dropped. Merges are not in such text, so a merged cell may appear as extra empty cells. Text laid out with
 * spaces instead ({@code pdftotext -layout}, text copied from a PDF viewer: see {@link SpacedText#isSpaced}) is
 * read by position with {@link LayoutReader}.
 */
public final class TextReader {

	private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
	private static final Pattern IMAGE = Pattern.compile("^\\s*\\[image:([^\\]]*)\\]\\s*$");
	private static final Pattern RULE = Pattern.compile("^[-\\s]*$");

	private final List<Block> blocks = new ArrayList<>();
	private final List<String> lines;
	private int tables;
	private int at;

	private TextReader(List<String> lines) {
		this.lines = lines;
	}

	public static PrintedReport read(Path file) throws UnreadableInput {
		return read(TextFile.decode(file, "文本文件"));
	}

	/** Text already decoded (a .txt file that is not Markdown): space-aligned text is read by position. */
	public static PrintedReport read(String text) {
		List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
		if (SpacedText.isSpaced(lines)) {
			return spaced(lines);
		}
		TextReader reader = new TextReader(lines);
		reader.readAll();
		return new PrintedReport(reader.blocks, null, true);
	}

	/** Text laid out with spaces (pdftotext -layout, copied from a PDF viewer): read by position. */
	private static PrintedReport spaced(List<String> lines) {
		List<ImportWarning> notes = new ArrayList<>();
		List<Block> blocks = new ArrayList<>();
		int tables = 0;
		for (Block block : LayoutReader.read(SpacedText.lines(lines), notes)) {
			if (block instanceof PrintedTable table) {
				block = new PrintedTable(table.rows(), false, "表格" + ++tables + "（" + table.where() + "起）");
			}
			blocks.add(block);
		}
		return new PrintedReport(blocks, null, true, notes);
	}

	private String line(int i) {
		return BOOKMARK.matcher(lines.get(i)).replaceAll("");
	}

	private void readAll() {
		// text copied out of a PDF page by page: its page numbers and running headers are no text of the report
		Set<String> running = PageFurniture.running(lines.stream().filter(l -> l.indexOf('\t') < 0).toList(), 3);
		while (at < lines.size()) {
			String line = line(at);
			if (line.indexOf('\t') >= 0) {
				table();
				continue;
			}
			if (PageFurniture.isPageNumber(line) || running.contains(PageFurniture.shape(line))) {
				at++;
				continue;
			}
			var image = IMAGE.matcher(line);
			if (image.matches()) {
				blocks.add(new PrintedImage(image.group(1).strip(), where(at)));
			} else if (!line.isBlank()) {
				blocks.add(new TextLine(line.strip(), where(at)));
			}
			at++;
		}
	}

	private String where(int line) {
		return "第" + (line + 1) + "行";
	}

	private void table() {
		int start = at;
		tables++;
		boolean cellPerLine = cellPerLine(start);
		List<List<PrintedCell>> rows = new ArrayList<>();
		List<PrintedCell> row = new ArrayList<>();
		StringBuilder cell = null;
		while (at < lines.size()) {
			String line = line(at);
			boolean tabbed = line.indexOf('\t') >= 0;
			if (line.isEmpty() || (line.isBlank() && !tabbed)) {
				// a blank line ends a row; the table ends unless more tabbed lines follow
				if (cell != null) {
					row.add(cell(cell));
					cell = null;
				}
				if (!row.isEmpty()) {
					rows.add(row);
					row = new ArrayList<>();
				}
				int next = at + 1;
				while (next < lines.size() && line(next).isEmpty()) {
					next++;
				}
				if (next >= lines.size() || line(next).indexOf('\t') < 0) {
					at = next;
					break;
				}
				at = next;
				continue;
			}
			if (!tabbed) {
				if (cellPerLine && cell != null) {
					cell.append(line.strip()); // a cell printed over two lines
					at++;
					continue;
				}
				break;
			}
			if (cellPerLine) {
				if (cell != null) {
					row.add(cell(cell));
				}
				cell = new StringBuilder(line.substring(line.indexOf('\t') + 1).strip());
			} else {
				List<PrintedCell> cells = new ArrayList<>();
				for (String text : line.split("\t", -1)) {
					cells.add(PrintedCell.of(text.strip()));
				}
				while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
					cells.remove(cells.size() - 1);
				}
				if (!cells.isEmpty() && !cells.stream().allMatch(c -> RULE.matcher(c.text()).matches())) {
					rows.add(leadingAsContinued(cells));
				}
			}
			at++;
		}
		if (cell != null) {
			row.add(cell(cell));
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		if (cellPerLine) {
			rows.replaceAll(TextReader::leadingAsContinued);
		}
		blocks.add(new PrintedTable(rows, false, "表格" + tables + "（" + where(start) + "起）"));
	}

	private static PrintedCell cell(StringBuilder text) {
		return PrintedCell.of(text.toString().strip());
	}

	/** Empty cells before a row's first text stand for labels merged down from above. */
	private static List<PrintedCell> leadingAsContinued(List<PrintedCell> cells) {
		List<PrintedCell> out = new ArrayList<>(cells);
		for (int i = 0; i < out.size() && out.get(i).text().isEmpty(); i++) {
			out.set(i, new PrintedCell("", true));
		}
		return out;
	}

	/** Whether the table's lines each hold one cell after a leading tab (else each line is a row). */
	private boolean cellPerLine(int start) {
		int checked = 0;
		for (int i = start; i < lines.size() && checked < 20; i++) {
			String line = line(i);
			if (line.indexOf('\t') < 0) {
				continue;
			}
			checked++;
			if (!line.startsWith("\t") || line.indexOf('\t', 1) >= 0) {
				return false;
			}
		}
		return true;
	}
}
