package org.nianbao.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a table label breaks when it does not fit its cell: after a numbering such as （三） or 1., after 、 and
 * ，, and between the two-character words of a short name (商业/企业, 社会/公益/组织), never inside a word as a word
 * processor would (商业企/业, （三）不/予公开). Long labels are left to the word processor, which breaks Chinese
 * text anywhere.
 */
final class LabelBreaks {

	private static final Pattern TOKEN = Pattern.compile("（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+\\.|[^、，（）]+[、，]?|.");
	private static final int SHORT_WORDS = 8;

	private LabelBreaks() {
	}

	/** The lines of {@code text} in a cell {@code capacity} characters wide; one line when it fits. */
	static List<String> lines(String text, int capacity) {
		if (capacity < 1 || length(text) <= capacity) {
			return List.of(text);
		}
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			String token = m.group();
			if (length(token) > capacity && length(token) <= SHORT_WORDS
					&& token.codePoints().allMatch(LabelBreaks::isHan)) {
				tokens.addAll(pairs(token));
			} else {
				tokens.add(token);
			}
		}
		tokens = bracketsAttached(tokens);
		if (tokens.stream().anyMatch(t -> length(t) > capacity)) {
			return List.of(text); // a word longer than the cell: the word processor's breaks are as good as any
		}
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String token : tokens) {
			if (line.length() > 0 && length(line.toString()) + length(token) > capacity) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(token);
		}
		lines.add(line.toString());
		return lines;
	}

	/** An opening bracket never ends a line, a closing one never starts one. */
	private static List<String> bracketsAttached(List<String> tokens) {
		List<String> out = new ArrayList<>();
		String pending = "";
		for (String token : tokens) {
			if (token.equals("（")) {
				pending += token;
			} else if ((token.equals("）") || token.startsWith("）")) && !out.isEmpty() && pending.isEmpty()) {
				out.set(out.size() - 1, out.get(out.size() - 1) + token);
			} else {
				out.add(pending + token);
				pending = "";
			}
		}
		if (!pending.isEmpty()) {
			out.add(pending);
		}
		return out;
	}

	/** 社会公益组织 → 社会 公益 组织; an odd last character joins the word before it when that still fits. */
	private static List<String> pairs(String word) {
		List<String> out = new ArrayList<>();
		int[] cps = word.codePoints().toArray();
		for (int i = 0; i < cps.length; i += 2) {
			out.add(new String(cps, i, Math.min(2, cps.length - i)));
		}
		return out;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}
}
