package org.nianbao.form;

import java.util.List;
import java.util.Map;

import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Row;

/**
 * A new report's text from a form, the one implementation behind {@code nianbao new} and the editor's command:
 * every part under its official heading; in prose parts a short prompt in the format's own words (validation
 * reports it until it is replaced, {@link #PROMPT}); every table row in the form's order with a value for every
 * column, 0 to overwrite and {@code =} for a computed total; the fee sentence the form asks for.
 */
public final class ReportSkeleton {

	/** How every prompt starts; a paragraph still containing it has not been written yet. */
	public static final String PROMPT = "【待填写】";

	/** The sub-items of part 一 that every report of the national form has, with what the format says belongs there. */
	private static final List<String[]> OVERVIEW_ITEMS = List.of(
			new String[]{"（一）主动公开", "本年度主动公开政府信息的情况（公开的数量、重点领域、政策解读等）。"},
			new String[]{"（二）依申请公开", "本年度收到和办理政府信息公开申请的情况。"},
			new String[]{"（三）政府信息管理", "政府信息公开审查、动态调整、规范管理等情况。"},
			new String[]{"（四）政府信息公开平台建设", "政府网站、政务新媒体等公开平台的建设和管理情况。"},
			new String[]{"（五）监督保障", "工作机构、培训、考核、社会评议和责任追究等情况。"});

	/** What the format says belongs in a prose part, by the part's name in the national form. */
	private static final Map<String, String> PROSE_PROMPTS = Map.of(
			"总体情况", "本年度政府信息公开工作的总体情况：重点、简明、客观，原则上不超过1000字。",
			"问题改进", "本年度工作存在的主要问题及改进情况（不得照抄往年内容）。",
			"其他事项", "其他需要报告的事项；没有的删去本段。收取了信息处理费的，改写下一句，写明收取的金额。");

	private ReportSkeleton() {
	}

	/** A skeleton without last year's report. */
	public static String of(Form form, String organ, String year, boolean nationalForm) {
		return of(form, organ, year, nationalForm, null, Map.of());
	}

	/**
	 * The text of a new report, citing last year's and carrying its figures over where given.
	 *
	 * @param previousPath last year's report as this file names it (a path relative to the new file), or null
	 * @param carried      values of rows carried over from last year's report, by row name, one per column
	 */
	public static String of(Form form, String organ, String year, boolean nationalForm, String previousPath,
			Map<String, List<String>> carried) {
		String name = (organ + year).replaceAll("[^\\p{IsHan}A-Za-z0-9_]", "");
		if (name.isEmpty() || (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_')) {
			name = "报告" + name;
		}
		int next = Integer.parseInt(year) + 1;
		StringBuilder out = new StringBuilder();
		out.append("// ").append(organ).append(' ').append(year).append("年政府信息公开工作年度报告\n");
		out.append("report ").append(name).append(nationalForm ? "" : " form " + form.getName()).append('\n');
		out.append("  organ \"").append(quoted(organ)).append("\"\n");
		out.append("  year ").append(year).append('\n');
		out.append("  // 发布后写上发布日期（用来检查是否逾期，").append(next).append("年1月31日前发布），例如：\n");
		out.append("  // published ").append(next).append("-01-20\n");
		if (previousPath != null) {
			out.append("  previous \"").append(quoted(previousPath)).append("\"\n");
		}
		out.append("\npreface\n| 本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制。报告中所列数据统计期限自")
				.append(year).append("年1月1日起，至").append(year).append("年12月31日止。\n");
		for (FormPart part : form.getParts()) {
			out.append("\n# ").append(part.getLabel()).append('\n');
			if (part.getTable() != null) {
				for (Row row : Forms.leafRows(part.getTable())) {
					out.append(rowLine(row, carried.get(row.getName())));
				}
			} else {
				prose(out, form, part, year, nationalForm);
			}
		}
		return out.toString();
	}

	private static void prose(StringBuilder out, Form form, FormPart part, String year, boolean nationalForm) {
		String prompt = PROSE_PROMPTS.getOrDefault(part.getName(), "本部分的内容。");
		out.append("| ").append(PROMPT).append(prompt).append('\n');
		if (nationalForm && part == form.getParts().get(0)) {
			for (String[] item : OVERVIEW_ITEMS) {
				out.append("## ").append(item[0]).append("\n| ").append(PROMPT).append(item[1]).append('\n');
			}
		}
		for (String mention : part.getMentions()) {
			out.append("| ").append(year).append("年，本机关未收取").append(mention).append("。\n");
		}
	}

	/** A row name and a value for every column: 0, {@code =} for a computed cell, or last year's carried value. */
	private static String rowLine(Row row, List<String> carried) {
		StringBuilder line = new StringBuilder(row.getName());
		List<Column> columns = Forms.columnsOf(row);
		for (int i = 0; i < columns.size(); i++) {
			String value = row.getSum() != null || columns.get(i).getSum() != null
					? "="
					: carried != null && i < carried.size() ? carried.get(i) : "0";
			line.append(' ').append(value);
		}
		return line.append('\n').toString();
	}

	private static String quoted(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
