package org.nianbao.audit;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The audit's one row per report, as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese) and JSON. */
public final class AuditRows {

	/** How many problems a row names in words. */
	public static final int FIRST_PROBLEMS = 3;

	static final List<String> CSV_HEADER = List.of("文件", "机关", "年度", "发布日期", "按时发布", "错误", "警告", "主要问题");

	private AuditRows() {
	}

	public static String csv(List<AuditedReport> reports) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, CSV_HEADER);
		for (AuditedReport r : reports) {
			line(out, List.of(r.file(), orEmpty(r.organ()), orEmpty(r.year()), orEmpty(r.published()), onTime(r.onTime()),
					String.valueOf(r.errors()), String.valueOf(r.warnings()),
					String.join("；", r.firstProblems(FIRST_PROBLEMS))));
		}
		return out.toString();
	}

	public static JsonArray json(List<AuditedReport> reports) {
		JsonArray rows = new JsonArray();
		for (AuditedReport r : reports) {
			JsonObject o = new JsonObject();
			o.addProperty("file", r.file());
			o.addProperty("organ", r.organ());
			o.addProperty("year", r.year());
			o.addProperty("published", r.published());
			o.addProperty("onTime", r.onTime());
			o.addProperty("errors", r.errors());
			o.addProperty("warnings", r.warnings());
			o.addProperty("explained", r.explained());
			JsonArray first = new JsonArray();
			r.firstProblems(FIRST_PROBLEMS).forEach(first::add);
			o.add("firstProblems", first);
			rows.add(o);
		}
		return rows;
	}

	/** 是 / 否, or empty when no usable date is given. */
	static String onTime(Boolean onTime) {
		return onTime == null ? "" : onTime ? "是" : "否";
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			out.append(i == 0 ? "" : ",").append(quoted(cells.get(i)));
		}
		out.append("\r\n");
	}

	private static String quoted(String cell) {
		boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
		// A cell starting with = + - @ would run as a formula in a spreadsheet: quote it as text.
		boolean formula = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0;
		return plain && !formula ? cell : "\"" + (formula ? "'" : "") + cell.replace("\"", "\"\"") + "\"";
	}
}
