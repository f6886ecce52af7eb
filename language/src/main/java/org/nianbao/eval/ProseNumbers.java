package org.nianbao.eval;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.form.ChineseNumerals;

/**
 * Prose with its numbers written the one way phrases look for them: full-width digits as ASCII, thousands
 * separators dropped (1,234件), Chinese numerals before a measure word as digits (二十四件 → 24件), spaces around
 * a number dropped (申请 5 件, as text extracted from Word often has). Each character of the result knows the
 * span of the original it stands for, so a warning sits on the number as written.
 */
public final class ProseNumbers {

	private static final Pattern FULL_WIDTH = Pattern.compile("[０-９．]");
	private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,])");
	private static final Pattern CHINESE = Pattern.compile("[〇零一二两三四五六七八九十百千万]+(?=[ \\t\\u3000]*[件起宗个项条次])");
	private static final Pattern SPACES = Pattern.compile("(?<=\\d)[ \\t\\u3000]+|[ \\t\\u3000]+(?=\\d)");

	private final String text;
	private final int[] from;
	private final int[] to;

	private ProseNumbers(String text, int[] from, int[] to) {
		this.text = text;
		this.from = from;
		this.to = to;
	}

	/** Whether the text may state a number at all: a digit, or a Chinese numeral before a measure word. */
	public static boolean mayStateNumbers(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
				return true;
			}
			if (c == '件' || c == '起' || c == '宗') {
				int before = i - 1;
				while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t'
						|| text.charAt(before) == '\u3000')) {
					before--;
				}
				if (before >= 0 && ChineseNumerals.isNumeral(text.charAt(before))) {
					return true;
				}
			}
		}
		return false;
	}

	public static ProseNumbers of(String original) {
		int[] from = new int[original.length()];
		int[] to = new int[original.length()];
		for (int i = 0; i < from.length; i++) {
			from[i] = i;
			to[i] = i + 1;
		}
		ProseNumbers numbers = new ProseNumbers(original, from, to);
		numbers = numbers.replace(FULL_WIDTH,
				s -> s.equals("．") ? "." : String.valueOf((char) (s.charAt(0) - '０' + '0')));
		numbers = numbers.replace(THOUSANDS, s -> s.replace(",", ""));
		numbers = numbers.replace(CHINESE, s -> {
			long value = ChineseNumerals.parse(s);
			return value < 0 ? s : Long.toString(value);
		});
		return numbers.replace(SPACES, s -> "");
	}

	/** The text with its numbers normalised. */
	public String text() {
		return text;
	}

	/** Where the normalised characters [start, end) were in the original text. */
	public int originalStart(int start) {
		return start < from.length ? from[start] : (to.length == 0 ? 0 : to[to.length - 1]);
	}

	public int originalEnd(int end) {
		return end == 0 ? (from.length == 0 ? 0 : from[0]) : to[end - 1];
	}

	/** Each match replaced; every character of a replacement stands for the whole span the match had. */
	private ProseNumbers replace(Pattern pattern, Function<String, String> replacement) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			return this;
		}
		StringBuilder out = new StringBuilder();
		IntBuffer newFrom = new IntBuffer(text.length());
		IntBuffer newTo = new IntBuffer(text.length());
		int last = 0;
		do {
			for (int i = last; i < m.start(); i++) {
				out.append(text.charAt(i));
				newFrom.add(from[i]);
				newTo.add(to[i]);
			}
			String r = replacement.apply(m.group());
			int spanFrom = m.start() < from.length ? from[m.start()] : 0;
			int spanTo = m.end() > 0 ? to[m.end() - 1] : spanFrom;
			for (int i = 0; i < r.length(); i++) {
				out.append(r.charAt(i));
				newFrom.add(spanFrom);
				newTo.add(spanTo);
			}
			last = m.end();
		} while (m.find());
		for (int i = last; i < text.length(); i++) {
			out.append(text.charAt(i));
			newFrom.add(from[i]);
			newTo.add(to[i]);
		}
		return new ProseNumbers(out.toString(), newFrom.toArray(), newTo.toArray());
	}

	private static final class IntBuffer {
		private int[] values;
		private int size;

		IntBuffer(int capacity) {
			values = new int[Math.max(4, capacity)];
		}

		void add(int value) {
			if (size == values.length) {
				values = java.util.Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		int[] toArray() {
			return java.util.Arrays.copyOf(values, size);
		}
	}
}
