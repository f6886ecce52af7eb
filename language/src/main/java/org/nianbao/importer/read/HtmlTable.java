package org.nianbao.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedTable;

/**
 * An HTML table on its grid: each cell takes the next free column of its row, and its rowspan/colspan occupy
 * the grid below and to its right, so a row knows which labels merged down from above cover it.
 */
final class HtmlTable {

	private HtmlTable() {
	}

	@SuppressWarnings("ReferenceEquality") // the same element or cell, not an equal one
	static PrintedTable read(Element table, String where) {
		List<Element> trs = new ArrayList<>();
		for (Element tr : table.select("tr")) {
			if (closestTable(tr) == table) {
				trs.add(tr);
			}
		}
		Map<Long, Origin> grid = new HashMap<>();
		List<List<PrintedCell>> rows = new ArrayList<>();
		int cellsSeen = 0;
		for (int r = 0; r < trs.size() && cellsSeen < InputLimits.MAX_TABLE_CELLS; r++) {
			List<PrintedCell> cells = new ArrayList<>();
			int column = 0;
			for (Element td : trs.get(r).children()) {
				if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
					continue;
				}
				while (grid.containsKey(key(r, column))) {
					column = addCovered(grid, r, column, cells);
				}
				int rowspan = Math.min(span(td.attr("rowspan")), trs.size() - r);
				int colspan = span(td.attr("colspan"));
				String text = cellText(td);
				Origin origin = new Origin(text, r, column);
				for (int dr = 0; dr < rowspan; dr++) {
					for (int dc = 0; dc < colspan; dc++) {
						grid.put(key(r + dr, column + dc), origin);
					}
				}
				cells.add(PrintedCell.of(text));
				column += colspan;
				cellsSeen += 1;
			}
			// cells merged down from above at the row's end
			while (grid.containsKey(key(r, column)) || hasCoverAfter(grid, r, column)) {
				column = grid.containsKey(key(r, column)) ? addCovered(grid, r, column, cells) : column + 1;
			}
			rows.add(cells);
		}
		return new PrintedTable(rows, true, where);
	}

	/** Adds the covering cell at (r, column) if it comes from a row above; returns the next free column. */
	@SuppressWarnings("ReferenceEquality") // the same element or cell, not an equal one
	private static int addCovered(Map<Long, Origin> grid, int r, int column, List<PrintedCell> cells) {
		Origin origin = grid.get(key(r, column));
		if (origin.row() < r && origin.column() == column) {
			cells.add(new PrintedCell(origin.text(), true));
		}
		int next = column + 1;
		while (grid.get(key(r, next)) == origin) {
			next++;
		}
		return next;
	}

	private static boolean hasCoverAfter(Map<Long, Origin> grid, int r, int column) {
		for (int c = column; c < column + InputLimits.MAX_SPAN; c++) {
			if (grid.containsKey(key(r, c))) {
				return true;
			}
		}
		return false;
	}

	private static Element closestTable(Element tr) {
		for (Element parent = tr.parent(); parent != null; parent = parent.parent()) {
			if (parent.normalName().equals("table")) {
				return parent;
			}
		}
		return null;
	}

	private static int span(String attribute) {
		try {
			int value = Integer.parseInt(attribute.strip());
			return Math.max(1, Math.min(InputLimits.MAX_SPAN, value));
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/** A cell's paragraphs joined without a break: a label split over two lines (商业 / 企业) is one label. */
	private static String cellText(Element td) {
		StringBuilder out = new StringBuilder();
		collect(td, out, 0);
		return PageWhitespace.normalise(out.toString());
	}

	private static void collect(Element element, StringBuilder out, int depth) {
		if (depth > HtmlReader.MAX_DEPTH) {
			out.append(element.text());
			return;
		}
		for (var child : element.childNodes()) {
			if (child instanceof org.jsoup.nodes.TextNode text) {
				out.append(text.getWholeText());
			} else if (child instanceof Element e) {
				String tag = e.normalName();
				if (tag.equals("script") || tag.equals("style")) {
					continue;
				}
				boolean block = tag.equals("p") || tag.equals("div") || tag.equals("br");
				if (block) {
					out.append('\u200B'); // a paragraph boundary: no space between the two halves of a label
				}
				collect(e, out, depth + 1);
			}
		}
	}

	private static long key(int row, int column) {
		return ((long) row << 32) | (column & 0xFFFFFFFFL);
	}

	private record Origin(String text, int row, int column) {
	}
}
