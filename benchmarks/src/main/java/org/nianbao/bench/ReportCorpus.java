package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic reports of any number and length, made from a seed report: its prose with sentences varied,
 * and fresh non-zero figures that satisfy the rules (totals are left for the evaluator to compute).
 * Every {@code errorEvery}-th report carries one wrong written total.
 */
final class ReportCorpus {

	private static final String[] ROWS_T3 = {"予以公开", "部分公开", "国家秘密", "法律法规禁止公开", "三安全一稳定", "第三方合法权益",
			"内部事务信息", "过程性信息", "行政执法案卷", "行政查询事项", "不掌握相关信息", "需另行制作", "补正后仍不明确", "信访举报投诉", "重复申请",
			"公开出版物", "大量反复申请", "确认或重新出具", "逾期不补正", "逾期未缴费", "其他"};

	private final String seed;
	private final int errorEvery;

	ReportCorpus(Path seedReport, int errorEvery) throws IOException {
		// the corpus stands alone: no last year's report, so no citation of its figures either
		this.seed = Files.readString(seedReport).replaceAll("(?m)^\\s*previous .*\\n", "")
				.replaceAll("（上年\\{previous\\.[^}]*\\}件）", "");
		this.errorEvery = errorEvery;
	}

	/** Report number {@code i}, with its prose repeated {@code scale} times. */
	String report(int i, int scale) {
		Random random = new Random(1000L + i);
		String text = seed.replaceFirst("(?m)^report \\S+", "report 报告" + i);
		text = text.replaceFirst("organ \"([^\"]*)\"", "organ \"$1（第" + i + "号）\"");
		text = replacePart(text, "二", table2(random));
		text = replacePart(text, "三", table3(random, errorEvery > 0 && i % errorEvery == errorEvery - 1));
		text = replacePart(text, "四", table4(random));
		return varyProse(text, random, scale);
	}

	private static String replacePart(String text, String number, String figures) {
		Pattern part = Pattern.compile("(?ms)^(# " + number + "、[^\\n]*\\n).*?(?=^# )");
		Matcher m = part.matcher(text);
		return m.find() ? text.substring(0, m.end(1)) + figures + "\n" + text.substring(m.end()) : text;
	}

	private static String varyProse(String text, Random random, int scale) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("| ") && !line.contains("{")) {
				for (int k = 0; k < scale; k++) {
					List<String> sentences = new ArrayList<>(List.of(line.substring(2).split("(?<=。)")));
					Collections.rotate(sentences, random.nextInt(Math.max(1, sentences.size())));
					out.append("| ").append(String.join("", sentences)).append('\n');
				}
			} else {
				out.append(line).append('\n');
			}
		}
		return out.toString();
	}

	private static String table2(Random r) {
		return "规章 0 0 0\n行政规范性文件 " + r.nextInt(5) + " " + r.nextInt(3) + " " + (5 + r.nextInt(20)) + "\n行政许可 "
				+ r.nextInt(5000) + "\n行政处罚 " + r.nextInt(400) + "\n行政强制 " + r.nextInt(40) + "\n行政事业性收费 "
				+ r.nextInt(50)
				+ "." + String.format("%06d", r.nextInt(1_000_000)) + "\n";
	}

	/** Per applicant column: new + carried in = handled + carried out, the handled ones spread over the results. */
	private static String table3(Random r, boolean wrongTotal) {
		int columns = 6;
		int[] fresh = new int[columns];
		int[] carriedIn = new int[columns];
		int[] carriedOut = new int[columns];
		int[][] results = new int[ROWS_T3.length][columns];
		for (int c = 0; c < columns; c++) {
			fresh[c] = c == 0 ? 10 + r.nextInt(60) : r.nextInt(6);
			carriedIn[c] = r.nextInt(3);
			carriedOut[c] = r.nextInt(Math.min(3, fresh[c] + carriedIn[c]) + 1);
			for (int k = fresh[c] + carriedIn[c] - carriedOut[c]; k > 0; k--) {
				results[r.nextInt(ROWS_T3.length)][c]++;
			}
		}
		StringBuilder out = new StringBuilder();
		out.append(row("本年新收", fresh));
		if (wrongTotal) {
			out.setLength(out.lastIndexOf(" "));
			out.append(" 999999\n");
		}
		out.append(row("上年结转", carriedIn));
		for (int i = 0; i < ROWS_T3.length; i++) {
			out.append(row(ROWS_T3[i], results[i]));
		}
		out.append(row("结转下年", carriedOut));
		return out.toString();
	}

	private static String table4(Random r) {
		StringBuilder out = new StringBuilder("案件数");
		for (int group = 0; group < 3; group++) {
			int total = 0;
			for (int i = 0; i < 4; i++) {
				int v = r.nextInt(3);
				total += v;
				out.append(' ').append(v);
			}
			out.append(group % 2 == 0 ? " " + total : " =").append(' ');
		}
		return out.toString().stripTrailing() + "\n";
	}

	/** A row of table 3: its six columns and the total, written (it is checked). */
	private static String row(String name, int[] values) {
		StringBuilder out = new StringBuilder(name);
		int total = 0;
		for (int v : values) {
			out.append(' ').append(v);
			total += v;
		}
		return out.append(' ').append(total).append('\n').toString();
	}
}
