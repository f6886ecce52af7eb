package org.nianbao.layout;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.nianbao.Report;

/** The report's title as printed, line by line. */
public final class TitleLines {

	private TitleLines() {
	}

	/** The title as written, or the organ on its own line over “YYYY年政府信息公开工作年度报告”. */
	public static List<String> of(Report report) {
		if (!report.getTitle().isEmpty()) {
			return report.getTitle();
		}
		List<String> lines = new ArrayList<>();
		// The organ on its own line and the rest below: the short-over-long trapezoid GB/T 9704 asks for.
		if (report.getOrgan() != null && !report.getOrgan().isBlank()) {
			lines.add(report.getOrgan().strip());
		}
		String year = report.getYear() == null ? "" : report.getYear() + "年";
		lines.add(year + "政府信息公开工作年度报告");
		return lines;
	}
}
