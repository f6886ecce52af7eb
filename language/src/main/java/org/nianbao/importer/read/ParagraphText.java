package org.nianbao.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The printed text of one w:p: runs, inserted runs, hyperlinks, fields' results, content controls; not deleted
 * text, field codes, or the fallback copy of alternate content. Soft line breaks split it into lines. Text boxes
 * and pictures inside it are collected apart.
 */
final class ParagraphText {

	private final List<String> lines = new ArrayList<>();
	private final List<DrawnPicture> pictures = new ArrayList<>();
	/** A picture of the paragraph: its name or description, and the relation id of its stored image (or null). */
	record DrawnPicture(String name, String relation) {
	}

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final List<Element> textBoxes = new ArrayList<>();
	private StringBuilder current = new StringBuilder();

	/** Deeper nesting than any word processor writes is not read (bounded recursion on hostile input). */
	private static final int MAX_DEPTH = 100;

	private int depth;

	void collect(Node node) {
		if (++depth > MAX_DEPTH) {
			depth--;
			return;
		}
		try {
			collectChildren(node);
		} finally {
			depth--;
		}
	}

	private void collectChildren(Node node) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element e)) {
				continue;
			}
			String name = e.getLocalName();
			if (WordXml.isMc(e, "Fallback")) {
				continue;
			}
			if (!WordXml.W.equals(e.getNamespaceURI())) {
				if ("docPr".equals(name)) {
					pictures.add(new DrawnPicture(e.getAttribute("descr").isBlank() ? e.getAttribute("name") : e.getAttribute("descr"), null));
				} else if ("blip".equals(name) || "imagedata".equals(name)) {
					relation(e.getAttributeNS(RELATIONSHIPS, "blip".equals(name) ? "embed" : "id"));
				}
				collectDrawing(e);
				continue;
			}
			switch (name) {
			case "t" -> appendText(e);
			case "tab", "ptab" -> current.append(' ');
			case "noBreakHyphen" -> current.append('-');
			case "br", "cr" -> newLine();
			case "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "fldData", "footnoteReference",
					"endnoteReference", "commentReference" -> {
			}
			case "txbxContent" -> textBoxes.add(e);
			case "drawing", "pict", "object" -> collectDrawing(e);
			default -> collect(e);
			}
		}
	}

	/** Where a drawing's picture is stored: the relation of the picture named last, or a picture of its own. */
	private void relation(String id) {
		if (id == null || id.isBlank()) {
			return;
		}
		int last = pictures.size() - 1;
		if (last >= 0 && pictures.get(last).relation() == null) {
			pictures.set(last, new DrawnPicture(pictures.get(last).name(), id));
		} else {
			pictures.add(new DrawnPicture("", id));
		}
	}

	/** A drawing holds either a picture (its docPr names it) or a text box, whose paragraphs are read apart. */
	private void collectDrawing(Element drawing) {
		int boxes = textBoxes.size();
		int before = pictures.size();
		collect(drawing);
		if (textBoxes.size() > boxes && pictures.size() > before) {
			// a text box's shape also carries a docPr: it is not a picture
			pictures.subList(before, pictures.size()).clear();
		} else if (pictures.size() == before && textBoxes.size() == boxes && !"object".equals(drawing.getLocalName())
				&& ("pict".equals(drawing.getLocalName()) && hasImage(drawing))) {
			pictures.add(new DrawnPicture("", null));
		}
	}

	private static boolean hasImage(Node node) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e && ("imagedata".equals(e.getLocalName()) || hasImage(e))) {
				return true;
			}
		}
		return false;
	}

	/** XmlBeans' DOM has no getTextContent: the text nodes are read one by one. */
	private void appendText(Node t) {
		for (Node child = t.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				current.append(child.getNodeValue());
			}
		}
	}

	private void newLine() {
		lines.add(current.toString());
		current = new StringBuilder();
	}

	List<String> lines() {
		List<String> all = new ArrayList<>(lines);
		all.add(current.toString());
		return all;
	}

	List<DrawnPicture> pictures() {
		return pictures;
	}

	List<Element> textBoxes() {
		return textBoxes;
	}
}
