package org.nianbao.ide.text;

/** How many monospace cells a text takes: Chinese characters and full-width forms take two. */
public final class DisplayWidth {

	private DisplayWidth() {
	}

	public static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += isWide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return width;
	}

	static boolean isWide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F)
				|| (cp >= 0x2E80 && cp <= 0x303E)
				|| (cp >= 0x3041 && cp <= 0x33FF)
				|| (cp >= 0x3400 && cp <= 0x4DBF)
				|| (cp >= 0x4E00 && cp <= 0x9FFF)
				|| (cp >= 0xA000 && cp <= 0xA4CF)
				|| (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF)
				|| (cp >= 0xFE30 && cp <= 0xFE4F)
				|| (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6)
				|| (cp >= 0x20000 && cp <= 0x3FFFD);
	}

	/** The text followed by spaces up to the given width. */
	public static String padRight(String text, int width) {
		return text + " ".repeat(Math.max(0, width - of(text)));
	}

	/** Spaces up to the given width followed by the text. */
	public static String padLeft(String text, int width) {
		return " ".repeat(Math.max(0, width - of(text))) + text;
	}
}
