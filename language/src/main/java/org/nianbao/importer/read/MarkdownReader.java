package org.nianbao.importer.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.importer.model.Block;
import org.nianbao.importer.model.PrintedImage;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedReport;
import org.nianbao.importer.model.PrintedTable;
import org.nianbao.importer.model.TextLine;

/**
 * Reads Markdown as PDF-to-text converters and people write it ({@code .md}, or a {@code .txt} that is Markdown):
 * headings, paragraphs and list items become text lines (the heading marks only as a hint: converters put
 * {@code #} on some parts and not on others, so the mapper decides by the text, as for extracted text); pipe
 * tables become printed tables, one per Markdown table (a table broken into several stays several; the mapper
 * reads them together against the form); {@code **bold**} and other emphasis are dropped, the text kept.
 * Merges are not in Markdown, so a merged cell may show up as an empty one.
 */
public final class MarkdownReader {

	/** A pipe table's delimiter row: {@code |---|:---:|}. */
	private static final Pattern DELIMITER_ROW = Pattern
			.compile("(?m)^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");
	private static final Pattern ATX_HEADING = Pattern.compile("(?m)^#{1,6}\\s+\\S");
	private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？；：:]\\s*$");
	private static final Pattern STARTS_ITEM = Pattern
			.compile("^\\s*([（(]\\s*[一二三四五六七八九十0-9０-９]+\\s*[）)]|[一二三四五六七八九十]+\\s*[、.．]|[0-9０-９]{1,2}\\s*[、.．]).*");
	private static final Set<Class<? extends Node>> NO_TEXT = Set.of(HtmlInline.class);

	private final List<Block> blocks = new ArrayList<>();
	private int tables;

	private MarkdownReader() {
	}

	public static PrintedReport read(Path file) throws UnreadableInput {
		return read(TextFile.decode(file, "Markdown 文件"));
	}

	public static PrintedReport read(String text) {
		Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
				.includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
		MarkdownReader reader = new MarkdownReader();
		reader.blocks(parser.parse(text));
		return new PrintedReport(reader.blocks, null, true);
	}

	/** Whether text (from a .txt file) is Markdown: it has a pipe table, or headings marked with {@code #}. */
	public static boolean isMarkdown(String text) {
		if (DELIMITER_ROW.matcher(text).find()) {
			return true;
		}
		var headings = ATX_HEADING.matcher(text);
		int count = 0;
		while (headings.find()) {
			if (++count >= 2) {
				return true;
			}
		}
		return false;
	}

	private void blocks(Node parent) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			block(node);
		}
	}

	private void block(Node node) {
		if (node instanceof Heading || node instanceof Paragraph) {
			for (String line : lines(node)) {
				add(line, node);
			}
		} else if (node instanceof ListBlock list) {
			int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
					? ordered.getMarkerStartNumber()
					: 1;
			String delimiter = list instanceof OrderedList ordered && ordered.getMarkerDelimiter() != null
					? ordered.getMarkerDelimiter()
					: ".";
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				// "1. 政策解读" is printed numbering, not Markdown's: the number stays part of the text
				String marker = list instanceof OrderedList ? number++ + delimiter : "";
				listItem((ListItem) item, marker);
			}
		} else if (node instanceof TableBlock table) {
			table(table);
		} else if (node instanceof BlockQuote) {
			blocks(node);
		} else if (node instanceof FencedCodeBlock code) {
			code.getLiteral().lines().forEach(line -> add(line, node));
		} else if (node instanceof IndentedCodeBlock code) {
			code.getLiteral().lines().forEach(line -> add(line, node));
		} else if (node instanceof HtmlBlock html) {
			add(Jsoup.parse(html.getLiteral()).text(), node);
		}
	}

	private void listItem(ListItem item, String marker) {
		boolean first = true;
		for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
			if (first && (child instanceof Paragraph || child instanceof Heading)) {
				List<String> lines = lines(child);
				for (int i = 0; i < lines.size(); i++) {
					add(i == 0 ? marker + lines.get(i) : lines.get(i), child);
				}
			} else {
				block(child);
			}
			first = false;
		}
	}

	private void add(String text, Node node) {
		String line = text.strip();
		if (!line.isEmpty()) {
			blocks.add(new TextLine(line, where(node)));
		}
	}

	private static String where(Node node) {
		return node.getSourceSpans().isEmpty()
				? "Markdown"
				: "第" + (node.getSourceSpans().get(0).getLineIndex() + 1) + "行";
	}

	/**
	 * A paragraph's lines: a converter breaks lines where the page did, so lines are joined, except where one ends
	 * a sentence or the next starts a numbered heading or item (a heading written without a blank line after it).
	 */
	private List<String> lines(Node node) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		inline(node, line, lines);
		lines.add(line.toString());
		return lines;
	}

	private void inline(Node parent, StringBuilder line, List<String> lines) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Text text) {
				String s = text.getLiteral();
				if (line.length() > 0 && line.charAt(line.length() - 1) == '\n') {
					line.setLength(line.length() - 1);
					if (ENDS_SENTENCE.matcher(line).find() || STARTS_ITEM.matcher(s).matches()) {
						lines.add(line.toString());
						line.setLength(0);
					} else if (latin(line.charAt(line.length() - 1)) && !s.isEmpty() && latin(s.charAt(0))) {
						line.append(' ');
					}
				}
				line.append(s);
			} else if (node instanceof Code code) {
				line.append(code.getLiteral());
			} else if (node instanceof SoftLineBreak) {
				if (line.length() > 0) {
					line.append('\n');
				}
			} else if (node instanceof HardLineBreak) {
				lines.add(line.toString().strip());
				line.setLength(0);
			} else if (node instanceof Image image) {
				lines.add(line.toString());
				line.setLength(0);
				String alt = plain(image);
				blocks.addAll(textBlocks(lines, node));
				lines.clear();
				blocks.add(new PrintedImage(alt, where(parentBlock(node))));
			} else if (!NO_TEXT.contains(node.getClass())) {
				inline(node, line, lines); // emphasis, strong emphasis, links: their text
			}
		}
		if (line.length() > 0 && line.charAt(line.length() - 1) == '\n') {
			line.setLength(line.length() - 1);
		}
	}

	private List<Block> textBlocks(List<String> lines, Node node) {
		List<Block> out = new ArrayList<>();
		for (String line : lines) {
			if (!line.isBlank()) {
				out.add(new TextLine(line.strip(), where(parentBlock(node))));
			}
		}
		return out;
	}

	private static Node parentBlock(Node node) {
		Node block = node;
		while (block.getParent() != null && block.getSourceSpans().isEmpty()) {
			block = block.getParent();
		}
		return block;
	}

	private static boolean latin(char c) {
		return c < 0x2E80 && Character.isLetterOrDigit(c);
	}

	private String plain(Node node) {
		StringBuilder text = new StringBuilder();
		List<String> lines = new ArrayList<>();
		inline(node, text, lines);
		lines.add(text.toString());
		return String.join("", lines).strip();
	}

	private void table(TableBlock table) {
		tables++;
		List<List<PrintedCell>> rows = new ArrayList<>();
		List<Node> all = new ArrayList<>();
		for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
			for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
				all.add(row);
			}
		}
		for (Node row : all) {
			if (!(row instanceof TableRow)) {
				continue;
			}
			List<PrintedCell> cells = new ArrayList<>();
			for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
				if (cell instanceof TableCell) {
					cells.add(PrintedCell.of(plain(cell).replace('\u00A0', ' ').strip()));
				}
			}
			while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			if (!cells.isEmpty()) {
				rows.add(leadingAsContinued(cells));
			}
		}
		blocks.add(new PrintedTable(rows, false, "表格" + tables + "（" + where(table) + "起）"));
	}

	/** Empty cells before a row's first text stand for labels merged down from above. */
	private static List<PrintedCell> leadingAsContinued(List<PrintedCell> cells) {
		List<PrintedCell> out = new ArrayList<>(cells);
		for (int i = 0; i < out.size() && out.get(i).text().isEmpty(); i++) {
			out.set(i, new PrintedCell("", true));
		}
		return out;
	}
}
