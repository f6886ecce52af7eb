package org.nianbao.docx;

/**
 * Text as a Word document may hold it. XML 1.0 forbids most control characters, U+FFFE, U+FFFF and unpaired
 * surrogates; a report can carry them (pasted from a web page or another program) and they are dropped here,
 * so that every document opens. Tabs, line breaks and every printable character stay as written.
 */
public final class XmlText {

	private XmlText() {
	}

	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean keep;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (out != null) {
					out.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			keep = allowed(c);
			if (!keep && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (keep && out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean allowed(char c) {
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
	}
}
