package org.nianbao.importer.read.pdf;

import java.text.Normalizer;

/**
 * Characters as a reader means them. Subset CJK fonts of WPS, Word and Chromium often map a glyph to a Kangxi
 * radical (U+2F00–U+2FD5: ⼀ for 一, ⽇ for 日) or a CJK compatibility ideograph instead of the ordinary
 * character; those, and only those, are brought to their compatibility form. Everything else stays as printed
 * (NFKC on the whole text would turn full-width punctuation （，： into ASCII).
 */
final class PdfCharacters {

	private PdfCharacters() {
	}

	static String normalise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int n = Character.charCount(c);
			if (mapped(c)) {
				if (out == null) {
					out = new StringBuilder(text.substring(0, i));
				}
				out.append(Normalizer.normalize(text.substring(i, i + n), Normalizer.Form.NFKC));
			} else if (out != null) {
				out.appendCodePoint(c);
			}
			i += n;
		}
		return out == null ? text : out.toString();
	}

	private static boolean mapped(int c) {
		return (c >= 0x2F00 && c <= 0x2FD5) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
	}
}
