package org.nianbao.audit;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The audit's one row per report, with its measures ({@link AuditMeasures}: a percentage, or — in the CSV and null in
 * JSON where it cannot be computed), as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese) and JSON.
 */
public final class AuditRows {

	/** How many problems a row names in words. */
	public static final int FIRST_PROBLEMS = 3;

	static final List<String> CSV_HEADER = header();

	private static List<String> header() {
		List<String> header = new ArrayList<>(List.of("文件", "机关", "年度", "发布日期", "按时发布", "错误", "警告", "已说明"));
		AuditMeasures.PER_REPORT.forEach(m -> header.add(m.name()));
		header.add("主要问题");
		return List.copyOf(header);
	}

	private AuditRows() {
	}

	public static String csv(List<AuditedReport> reports) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, CSV_HEADER);
		List<AuditMeasures.Values> measures = AuditMeasures.of(reports);
		for (int i = 0; i < reports.size(); i++) {
			AuditedReport r = reports.get(i);
			List<String> cells = new ArrayList<>(List.of(r.file(), orEmpty(r.organ()), orEmpty(r.year()),
					orEmpty(r.published()), onTime(r.onTime()), String.valueOf(r.errors()),
					String.valueOf(r.warnings()),
					String.valueOf(r.explained())));
			for (AuditMeasures.Measure m : AuditMeasures.PER_REPORT) {
				cells.add(AuditMeasures.text(measures.get(i) == null ? null : m.rate().apply(measures.get(i))));
			}
			cells.add(String.join("；", r.firstProblems(FIRST_PROBLEMS)));
			line(out, cells);
		}
		return out.toString();
	}

	public static JsonArray json(List<AuditedReport> reports) {
		JsonArray rows = new JsonArray();
		List<AuditMeasures.Values> measures = AuditMeasures.of(reports);
		for (int i = 0; i < reports.size(); i++) {
			AuditedReport r = reports.get(i);
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
			JsonObject rates = new JsonObject();
			for (AuditMeasures.Measure m : AuditMeasures.PER_REPORT) {
				java.math.BigDecimal percent = measures.get(i) == null
						? null
						: m.rate().apply(measures.get(i)).percent();
				rates.addProperty(m.id(), percent);
			}
			o.add("measures", rates);
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
