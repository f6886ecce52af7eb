package org.nianbao.ide.text;

/** A heading's text without its leading "#" or "##". */
public final class Headings {

	private Headings() {
	}

	public static String text(String heading) {
		if (heading == null) {
			return null;
		}
		String s = heading;
		while (s.startsWith("#")) {
			s = s.substring(1);
		}
		return s.strip();
	}
}
