package org.nianbao.importer.map;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Printed labels brought to a comparable form: full-width letters, digits and brackets made half-width, white
 * space, quotes and end punctuation dropped, 、 and ． read as a full stop; and without their numbering
 * ("一、", "（一）", "1.", "①").
 */
final class LabelText {

	private static final Pattern NUMBERING = Pattern.compile(
			"^(?:[一二三四五六七八九十]+[.]|\\([一二三四五六七八九十0-9]+\\)|[0-9]+[.]|[0-9]+(?=[^0-9.])|[①-⑳]|第[一二三四五六七八九十0-9]+[项条])");

	private LabelText() {
	}

	static String normalise(String label) {
		if (label == null) {
			return "";
		}
		String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || "“”‘’\"'「」".indexOf(c) >= 0) {
				continue;
			}
			out.append(c == '、' || c == '．' || (c == '。' && i < s.length() - 1) ? '.' : c);
		}
		while (out.length() > 0 && ".,;:。:".indexOf(out.charAt(out.length() - 1)) >= 0) {
			out.setLength(out.length() - 1);
		}
		return out.toString();
	}

	/** The normalised label without its leading numbering (up to two levels: "三、(一)予以公开"). */
	static String withoutNumber(String label) {
		String s = normalise(label);
		for (int i = 0; i < 2; i++) {
			var m = NUMBERING.matcher(s);
			if (!m.find() || m.end() >= s.length()) {
				break;
			}
			s = s.substring(m.end());
			while (!s.isEmpty() && (s.charAt(0) == '.' || s.charAt(0) == ',')) {
				s = s.substring(1);
			}
		}
		return s;
	}
}
