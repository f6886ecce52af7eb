package org.nianbao.tests.fuzz;

import org.nianbao.issues.IssueCodes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits the fuzz test makes to a report's text: what slips of the hand, copying from Word or a web page,
 * another editor's line endings and deliberate abuse do to a file. Each is a pure function of the text and a
 * seeded random source, so a mutant is reproduced from its seed alone.
 */
final class Mutations {

	record Edit(String name, BiFunction<String, Random, String> apply) {
	}

	/** Characters and snippets inserted: syntax, full-width look-alikes, controls, odd code points. */
	private static final String[] INSERTS = {"0", "7", "-", "/", ".", ",", "{", "}", "|", "#", "##", "\"", "\\",
			"\n", "\r", "\r\n", "\t", " ", "\u3000", "\uFEFF", "０", "９", "．", "，", "。", "：", "（", "）", "｛", "｝",
			"｜", "＃", "－", "／", "、", "一", "总计", "all", "zero", "others", "report", "form", "part", "table",
			"organ", "year", "published", "previous", "members", "contact", "preface", "title", "phone", "=", "+",
			"(", ")", ":", "//", "/*", "*/", "\u0000", "\u0001", "\u0007", "\u000B", "\u000C", "\u001F", "\u007F",
			"\u0085", "\u2028", "\u2029", "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "\uD83D\uDE00", "é", "Ω", "\u200B",
			"本年新收", "上年结转", "结转下年", "办理结果总计", "案件数", "行政事业性收费", "{本年新收.总计}", "{案件数}",
			"{不存在}", "{本年新收.不存在}", "\"../x.nianbao\"", "\"/\"", "\".\"", "\"\"", "\"/dev/null\"",
			"\"examples\"", "\"nothing.nianbao\"", "—", "——", "–", "〇", "无", "空", "零", "_", " = ", " _ ", " — ",
			"2025年1月24日", "2025-13-45", "###", "####", "image \"x.png\" \"图1\"", "image \"../x.png\"", "（一）予以公开",
			"一、本年新收政府信息公开申请数量"};

	private static final Pattern TOKEN = Pattern.compile("\\S+");
	private static final Pattern NUMBER = Pattern.compile("[0-9０-９][0-9０-９.,．]*");
	private static final Pattern LINE = Pattern.compile("(?m)^.*$");

	static final List<Edit> TEXT_EDITS = List.of(
			new Edit("delete-char", Mutations::deleteChar),
			new Edit("insert-char", Mutations::insertChar),
			new Edit("swap-chars", Mutations::swapChars),
			new Edit("delete-token", Mutations::deleteToken),
			new Edit("insert-token", Mutations::insertToken),
			new Edit("duplicate-token", Mutations::duplicateToken),
			new Edit("swap-tokens", Mutations::swapTokens),
			new Edit("delete-line", Mutations::deleteLine),
			new Edit("duplicate-line", Mutations::duplicateLine),
			new Edit("swap-lines", Mutations::swapLines),
			new Edit("truncate", Mutations::truncate),
			new Edit(IssueCodes.FULL_WIDTH_DIGITS, Mutations::fullWidthDigits),
			new Edit("full-width-punctuation", Mutations::fullWidthPunctuation),
			new Edit("crlf", (t, r) -> t.replace("\r\n", "\n").replace("\n", "\r\n")),
			new Edit("lone-cr", (t, r) -> t.replace("\r\n", "\n").replace('\n', '\r')),
			new Edit("bom", (t, r) -> "\uFEFF" + t),
			new Edit("tabs", (t, r) -> t.replace("  ", "\t").replace(' ', r.nextBoolean() ? '\t' : ' ')),
			new Edit("huge-number", Mutations::hugeNumber),
			new Edit("many-rows", Mutations::manyRows),
			new Edit("deep-nesting", Mutations::deepNesting),
			new Edit("many-references", Mutations::manyReferences),
			new Edit("megabyte-line", Mutations::megabyteLine),
			new Edit("many-values-row", Mutations::manyValuesRow),
			new Edit("control-chars-in-text", Mutations::controlCharsInText));

	/** Edits that are costly to run (a mutant gets at most one of them). */
	static final List<String> HEAVY = List.of("many-rows", "deep-nesting", "many-references", "megabyte-line",
			"many-values-row");

	private Mutations() {
	}

	/** Bytes that are not UTF-8: a GBK re-encoding, a stray byte, a cut multi-byte sequence. */
	static byte[] invalidUtf8(String text, Random r) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		switch (r.nextInt(4)) {
		case 0 :
			return text.getBytes(java.nio.charset.Charset.forName("GBK"));
		case 1 : {
			int at = r.nextInt(utf8.length + 1);
			byte[] stray = {(byte) (0x80 + r.nextInt(0x80))};
			return splice(utf8, at, 0, stray);
		}
		case 2 : {
			// the first byte of a three-byte character (every Chinese character) without its continuation
			int at = r.nextInt(utf8.length + 1);
			return splice(utf8, at, 0, new byte[]{(byte) 0xE4});
		}
		default : {
			byte[] overlong = {(byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF};
			return splice(utf8, r.nextInt(utf8.length + 1), 0, overlong);
		}
		}
	}

	private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
		byte[] out = new byte[bytes.length - remove + insert.length];
		System.arraycopy(bytes, 0, out, 0, at);
		System.arraycopy(insert, 0, out, at, insert.length);
		System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
		return out;
	}

	private static String deleteChar(String t, Random r) {
		if (t.isEmpty()) {
			return t;
		}
		int at = r.nextInt(t.length());
		return t.substring(0, at) + t.substring(at + 1);
	}

	private static String insertChar(String t, Random r) {
		int at = r.nextInt(t.length() + 1);
		return t.substring(0, at) + INSERTS[r.nextInt(INSERTS.length)] + t.substring(at);
	}

	private static String swapChars(String t, Random r) {
		if (t.length() < 2) {
			return t;
		}
		int at = r.nextInt(t.length() - 1);
		int other = r.nextInt(3) == 0 ? r.nextInt(t.length()) : at + 1;
		char[] chars = t.toCharArray();
		char c = chars[at];
		chars[at] = chars[other];
		chars[other] = c;
		return new String(chars);
	}

	private static List<int[]> spans(Pattern pattern, String t) {
		List<int[]> spans = new ArrayList<>();
		Matcher m = pattern.matcher(t);
		while (m.find()) {
			spans.add(new int[]{m.start(), m.end()});
		}
		return spans;
	}

	private static String deleteToken(String t, Random r) {
		List<int[]> tokens = spans(TOKEN, t);
		if (tokens.isEmpty()) {
			return t;
		}
		int[] s = tokens.get(r.nextInt(tokens.size()));
		return t.substring(0, s[0]) + t.substring(s[1]);
	}

	private static String insertToken(String t, Random r) {
		List<int[]> tokens = spans(TOKEN, t);
		String token = tokens.isEmpty() || r.nextBoolean()
				? INSERTS[r.nextInt(INSERTS.length)]
				: text(t, tokens.get(r.nextInt(tokens.size())));
		int at = tokens.isEmpty() ? 0 : tokens.get(r.nextInt(tokens.size()))[r.nextInt(2)];
		return t.substring(0, at) + " " + token + " " + t.substring(at);
	}

	private static String duplicateToken(String t, Random r) {
		List<int[]> tokens = spans(TOKEN, t);
		if (tokens.isEmpty()) {
			return t;
		}
		int[] s = tokens.get(r.nextInt(tokens.size()));
		return t.substring(0, s[1]) + " " + text(t, s) + t.substring(s[1]);
	}

	private static String swapTokens(String t, Random r) {
		List<int[]> tokens = spans(TOKEN, t);
		if (tokens.size() < 2) {
			return t;
		}
		int i = r.nextInt(tokens.size() - 1);
		int j = r.nextBoolean() ? i + 1 : i + 1 + r.nextInt(tokens.size() - i - 1);
		int[] a = tokens.get(i);
		int[] b = tokens.get(j);
		return t.substring(0, a[0]) + text(t, b) + t.substring(a[1], b[0]) + text(t, a) + t.substring(b[1]);
	}

	private static String deleteLine(String t, Random r) {
		List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
		lines.remove(r.nextInt(lines.size()));
		return String.join("\n", lines);
	}

	private static String duplicateLine(String t, Random r) {
		List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
		int at = r.nextInt(lines.size());
		lines.add(r.nextInt(lines.size() + 1), lines.get(at));
		return String.join("\n", lines);
	}

	private static String swapLines(String t, Random r) {
		List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
		int i = r.nextInt(lines.size());
		int j = r.nextInt(lines.size());
		String line = lines.get(i);
		lines.set(i, lines.get(j));
		lines.set(j, line);
		return String.join("\n", lines);
	}

	private static String truncate(String t, Random r) {
		return t.substring(0, r.nextInt(t.length() + 1));
	}

	private static String fullWidthDigits(String t, Random r) {
		List<int[]> numbers = spans(NUMBER, t);
		if (numbers.isEmpty()) {
			return t;
		}
		StringBuilder out = new StringBuilder(t);
		boolean all = r.nextInt(4) == 0;
		for (int[] s : numbers) {
			if (all || r.nextInt(5) == 0) {
				for (int i = s[0]; i < s[1]; i++) {
					char c = out.charAt(i);
					if (c >= '0' && c <= '9') {
						out.setCharAt(i, (char) ('０' + (c - '0')));
					} else if (c == '.') {
						out.setCharAt(i, '．');
					}
				}
			}
		}
		return out.toString();
	}

	private static String fullWidthPunctuation(String t, Random r) {
		String ascii = "|#{}-/.,:()\"= ";
		String wide = "｜＃｛｝－／．，：（）＂＝\u3000";
		StringBuilder out = new StringBuilder(t);
		boolean all = r.nextInt(4) == 0;
		for (int i = 0; i < out.length(); i++) {
			int k = ascii.indexOf(out.charAt(i));
			if (k >= 0 && (all || r.nextInt(10) == 0)) {
				out.setCharAt(i, wide.charAt(k));
			}
		}
		return out.toString();
	}

	private static String hugeNumber(String t, Random r) {
		List<int[]> numbers = spans(NUMBER, t);
		StringBuilder digits = new StringBuilder();
		digits.append((char) ('1' + r.nextInt(9)));
		for (int i = 1; i < 30; i++) {
			digits.append((char) ('0' + r.nextInt(10)));
		}
		String huge = switch (r.nextInt(5)) {
		case 0 -> digits + ".5";
		case 1 -> fullWidthDigits(digits.toString(), new Random(0) {
			@Override
			public int nextInt(int bound) {
				return 0;
			}
		});
		case 2 -> digits.toString().repeat(10);
		case 3 -> "0." + digits;
		default -> digits.toString();
		};
		if (numbers.isEmpty()) {
			return t + "\n" + huge;
		}
		int[] s = numbers.get(r.nextInt(numbers.size()));
		return t.substring(0, s[0]) + huge + t.substring(s[1]);
	}

	/** Thousands of rows: a table row (or the whole table part) repeated. */
	private static String manyRows(String t, Random r) {
		List<int[]> lines = spans(LINE, t);
		int[] s = lines.get(r.nextInt(lines.size()));
		String line = text(t, s);
		int times = 1000 + r.nextInt(1000);
		return t.substring(0, s[1]) + ("\n" + line).repeat(times) + t.substring(s[1]);
	}

	/** Nesting a parser might recurse on: braces, parentheses, comments, headings, signs. */
	private static String deepNesting(String t, Random r) {
		int depth = 2000 + r.nextInt(10000);
		String deep = switch (r.nextInt(6)) {
		case 0 -> "| " + "{".repeat(depth) + "}".repeat(depth);
		case 1 -> "(".repeat(depth) + ")".repeat(depth);
		case 2 -> "/*".repeat(depth) + "*/".repeat(depth);
		case 3 -> "-".repeat(depth) + "1";
		case 4 -> "本年新收" + " 1".repeat(depth);
		default -> "#".repeat(depth);
		};
		int at = r.nextInt(t.length() + 1);
		return t.substring(0, at) + "\n" + deep + "\n" + t.substring(at);
	}

	private static String manyReferences(String t, Random r) {
		String ref = r.nextBoolean() ? "{本年新收.总计}" : "{不存在.总计}";
		int at = r.nextInt(t.length() + 1);
		return t.substring(0, at) + "\n| 共" + (ref + "、").repeat(300 + r.nextInt(700)) + "\n" + t.substring(at);
	}

	/**
	 * A row of 30,000 figures, each an object of the model. (A megabyte of figures, half a million objects, takes
	 * about 5 s to parse and validate: diagnosed, but beyond the time limit of a mutant.)
	 */
	private static String manyValuesRow(String t, Random r) {
		int at = r.nextBoolean() ? t.length() : r.nextInt(t.length() + 1);
		return t.substring(0, at) + "\n本年新收" + " 0".repeat(30_000) + "\n" + t.substring(at);
	}

	/** One line of a megabyte: prose, a heading, a name, a string or a comment. */
	private static String megabyteLine(String t, Random r) {
		int size = 1 << 20;
		String line = switch (r.nextInt(5)) {
		case 0 -> "| " + "很长的段落".repeat(size / 15);
		case 1 -> "# " + "一".repeat(size / 3);
		case 2 -> "organ \"" + "机关".repeat(size / 6) + "\"";
		case 3 -> "// " + "x".repeat(size);
		default -> "名".repeat(size / 3);
		};
		int at = r.nextBoolean() ? t.length() : r.nextInt(t.length() + 1);
		return t.substring(0, at) + "\n" + line + "\n" + t.substring(at);
	}

	/** Control characters and unpaired surrogates inside prose, headings and strings: invalid in XML. */
	private static String controlCharsInText(String t, Random r) {
		String[] bad = {"\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\uD800", "\uDFFF", "\uFFFE",
				"\uFFFF",
				"\u0000"};
		StringBuilder out = new StringBuilder(t);
		for (int n = 0; n < 1 + r.nextInt(5); n++) {
			int line = out.indexOf(r.nextBoolean() ? "| " : r.nextBoolean() ? "# " : "\"", r.nextInt(out.length() + 1));
			if (line < 0) {
				line = out.indexOf("| ");
			}
			if (line < 0) {
				line = r.nextInt(out.length() + 1);
			}
			out.insert(Math.min(out.length(), line + 2), bad[r.nextInt(bad.length)]);
		}
		return out.toString();
	}

	private static String text(String t, int[] span) {
		return t.substring(span[0], span[1]);
	}
}
