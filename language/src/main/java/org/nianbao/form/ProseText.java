package org.nianbao.form;

import java.util.List;

import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;

/** The plain text of a part's prose, as a reader counts and searches it. */
public final class ProseText {

	private ProseText() {
	}

	public static String of(Part part) {
		StringBuilder out = new StringBuilder();
		append(part.getProse(), out);
		append(part.getClosing(), out);
		return out.toString();
	}

	private static void append(List<ProseItem> items, StringBuilder out) {
		for (ProseItem item : items) {
			if (item.getText() != null) {
				out.append(item.getText());
			}
			if (item instanceof Paragraph paragraph) {
				paragraph.getTexts().forEach(out::append);
			}
			out.append('\n');
		}
	}

	/** Characters as a word processor counts them for Chinese text: everything but whitespace. */
	public static int length(String text) {
		return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').count();
	}
}
