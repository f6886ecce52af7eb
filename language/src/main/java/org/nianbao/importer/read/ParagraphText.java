package org.nianbao.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The printed text of one w:p: runs, inserted runs, hyperlinks, fields' results, content controls; not deleted
 * text, field codes, or the fallback copy of alternate content. Soft line breaks split it into lines. Text boxes
 * and images inside it are collected apart.
 */
final class ParagraphText {

	private final List<String> lines = new ArrayList<>();
	private final List<DrawnImage> images = new ArrayList<>();
	/** An image of the paragraph: its name or description, and the relation id of its stored image (or null). */
	record DrawnImage(String name, String relation) {
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
					images.add(new DrawnImage(
							e.getAttribute("descr").isBlank() ? e.getAttribute("name") : e.getAttribute("descr"),
							null));
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
			case "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "fldData",
					"footnoteReference",
					"endnoteReference", "commentReference" ->
				{
				}
			case "txbxContent" -> textBoxes.add(e);
			case "drawing", "pict", "object" -> collectDrawing(e);
			default -> collect(e);
			}
		}
	}

	/** Where a drawing's image is stored: the relation of the image named last, or an image of its own. */
	private void relation(String id) {
		if (id == null || id.isBlank()) {
			return;
		}
		int last = images.size() - 1;
		if (last >= 0 && images.get(last).relation() == null) {
			images.set(last, new DrawnImage(images.get(last).name(), id));
		} else {
			images.add(new DrawnImage("", id));
		}
	}

	/** A drawing holds either an image (its docPr names it) or a text box, whose paragraphs are read apart. */
	private void collectDrawing(Element drawing) {
		int boxes = textBoxes.size();
		int before = images.size();
		collect(drawing);
		if (textBoxes.size() > boxes && images.size() > before) {
			// a text box's shape also carries a docPr: it is not an image
			images.subList(before, images.size()).clear();
		} else if (images.size() == before && textBoxes.size() == boxes && !"object".equals(drawing.getLocalName())
				&& ("pict".equals(drawing.getLocalName()) && hasImage(drawing))) {
			images.add(new DrawnImage("", null));
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

	List<DrawnImage> images() {
		return images;
	}

	List<Element> textBoxes() {
		return textBoxes;
	}
}
