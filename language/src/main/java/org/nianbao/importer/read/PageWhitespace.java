package org.nianbao.importer.read;

/**
 * Text of a page as printed: &nbsp; and runs of white space become one space, ends trimmed. White space between
 * two Chinese characters is dropped: Word's "save as HTML" wraps its source lines inside sentences, and a reader
 * sees no space there.
 */
final class PageWhitespace {

	private PageWhitespace() {
	}

	static String normalise(String text) {
		StringBuilder out = new StringBuilder();
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF') {
				space = out.length() > 0;
			} else {
				if (space && !(wide(out.charAt(out.length() - 1)) && wide(c))) {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean wide(char c) {
		return c >= '\u2E80';
	}
}
