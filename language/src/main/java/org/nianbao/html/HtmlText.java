package org.nianbao.html;

/** Escaping for text and attribute values of an HTML page. */
public final class HtmlText {

	private HtmlText() {
	}

	/** Text safe in element content and in a quoted attribute value; characters HTML forbids are dropped. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		escape(text, out);
		return out.toString();
	}

	public static void escape(String text, StringBuilder out) {
		if (text == null) {
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				// Control characters (other than tab and line breaks) are not allowed in an HTML document.
				if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n') {
					out.append(c);
				}
			}
			}
		}
	}
}
