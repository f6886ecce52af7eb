package org.nianbao.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers over the DOM of a WordprocessingML part. */
final class WordXml {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

	private WordXml() {
	}

	static boolean is(Node node, String localName) {
		return node instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
	}

	static boolean isMc(Node node, String localName) {
		return node instanceof Element e && MC.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
	}

	static List<Element> children(Node node) {
		List<Element> out = new ArrayList<>();
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				out.add(e);
			}
		}
		return out;
	}

	static Element child(Node node, String localName) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (is(child, localName)) {
				return (Element) child;
			}
		}
		return null;
	}

	/** The w:val attribute, or null. */
	static String val(Element element) {
		if (element == null) {
			return null;
		}
		String value = element.getAttributeNS(W, "val");
		return value.isEmpty() && !element.hasAttributeNS(W, "val") ? null : value;
	}

	static int intVal(Element element, int otherwise) {
		String value = val(element);
		if (value == null) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			return otherwise;
		}
	}
}
