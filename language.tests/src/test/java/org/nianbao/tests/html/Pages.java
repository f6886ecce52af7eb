package org.nianbao.tests.html;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.html.RenderOptions;
import org.nianbao.html.ReportHtml;
import org.nianbao.tests.docx.Docs;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;

/** A report's web page, rendered from the same evaluation as its Word document, parsed as a browser would. */
final class Pages {

	/** One cell of an HTML table placed on its grid, as a browser lays out rowspan and colspan. */
	record Cell(int row, int column, int colspan, int rowspan, String text, Element element) {
	}

	private Pages() {
	}

	static String page(Docs.Generated generated) {
		return ReportHtml.page(generated.evaluation(), RenderOptions.PUBLISHED);
	}

	static Document parse(String html) {
		try {
			HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
			return builder.parse(new InputSource(new StringReader(html)));
		} catch (SAXException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Element> elements(Element root, String tag) {
		List<Element> found = new ArrayList<>();
		NodeList list = root.getElementsByTagName(tag);
		for (int i = 0; i < list.getLength(); i++) {
			found.add((Element) list.item(i));
		}
		return found;
	}

	static List<Element> tables(Document page) {
		return elements(page.getDocumentElement(), "table").stream()
				.filter(t -> t.getAttribute("class").contains("figures")).toList();
	}

	/** The cells of a table on their grid: a cell starts at the first column its row leaves free. */
	static List<Cell> grid(Element table) {
		List<Cell> cells = new ArrayList<>();
		Map<Integer, Map<Integer, Boolean>> taken = new HashMap<>();
		List<Element> rows = elements(table, "tr");
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			NodeList children = rows.get(r).getChildNodes();
			for (int i = 0; i < children.getLength(); i++) {
				if (!(children.item(i) instanceof Element cell)) {
					continue;
				}
				while (taken.getOrDefault(r, Map.of()).containsKey(column)) {
					column++;
				}
				int colspan = span(cell, "colspan");
				int rowspan = span(cell, "rowspan");
				for (int dr = 0; dr < rowspan; dr++) {
					for (int dc = 0; dc < colspan; dc++) {
						taken.computeIfAbsent(r + dr, k -> new HashMap<>()).put(column + dc, true);
					}
				}
				cells.add(new Cell(r, column, colspan, rowspan, cell.getTextContent(), cell));
				column += colspan;
			}
		}
		return cells;
	}

	private static int span(Element cell, String attribute) {
		String value = cell.getAttribute(attribute);
		return value.isEmpty() ? 1 : Integer.parseInt(value);
	}

}
