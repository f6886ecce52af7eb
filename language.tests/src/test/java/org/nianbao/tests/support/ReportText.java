package org.nianbao.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.nianbao.form.NationalForm;

/**
 * The report texts tests start from: the realistic example {@link #ANHE_2024} to change one thing in, the built-in
 * national form's source, and a builder of a small report on the national form whose parts a test fills in (a table
 * under test between a valid header and valid prose parts).
 */
public final class ReportText {

	/** examples/anhe-scjg-2024.nianbao: realistic, non-zero, clean, with last year's report beside it. */
	public static final String ANHE_2024 = TestFiles.read(TestFiles.examples().resolve("anhe-scjg-2024.nianbao"));

	private static final String[] HEADINGS = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};

	private final String name;
	private final String organ;
	private final int year;
	private String header;
	private final String[] parts = {"| 本年度政府信息公开工作概述。", "all zero", "all zero", "all zero",
			"| 政策解读形式较为单一，已改进。", "| 未收取信息处理费。"};

	private ReportText(String name, String organ, int year) {
		this.name = name;
		this.organ = organ;
		this.year = year;
	}

	/** The source of the built-in national form. */
	public static String nationalForm() {
		try (InputStream in = ReportText.class.getClassLoader().getResourceAsStream(NationalForm.RESOURCE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** 测试镇2024 of 测试县测试镇人民政府, published 2025-01-20, every table zero and every prose part valid. */
	public static ReportText town() {
		return of("测试镇2024", "测试县测试镇人民政府", 2024);
	}

	/** A report NAME of ORGAN for YEAR, published on 20 January of the year after. */
	public static ReportText of(String name, String organ, int year) {
		return new ReportText(name, organ, year);
	}

	/** Lines added to the header ({@code previous …}, {@code members …}); a {@code published} among them replaces the default. */
	public ReportText header(String lines) {
		this.header = lines;
		return this;
	}

	/** The body of part {@code number} (1 to 6): prose lines or table rows. */
	public ReportText part(int number, String body) {
		parts[number - 1] = body;
		return this;
	}

	public ReportText table3(String rows) {
		return part(3, rows);
	}

	public String text() {
		StringBuilder text = new StringBuilder("report " + name + "\n  organ \"" + organ + "\"\n  year " + year + "\n");
		if (header == null || !header.contains("published")) {
			text.append("  published ").append(year + 1).append("-01-20\n");
		}
		if (header != null) {
			text.append(header).append('\n');
		}
		for (int i = 0; i < parts.length; i++) {
			text.append("# ").append(HEADINGS[i]).append('\n').append(parts[i]);
			if (!parts[i].endsWith("\n")) {
				text.append('\n');
			}
		}
		return text.toString();
	}

	/** The line number (from 1) of the first line of the text that starts with {@code start}. */
	public int lineOf(String start) {
		String[] lines = text().split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(start)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line starts with " + start);
	}

	/** The offset of the body of part {@code number} (1 to 6) in the text: where its first line starts. */
	public int bodyOffset(int number) {
		String heading = "# " + HEADINGS[number - 1] + "\n";
		return text().indexOf(heading) + heading.length();
	}

	@Override
	public String toString() {
		return text();
	}
}
