package org.nianbao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nianbao.eval.MainFigures;

/**
 * The picture of a folder of reports for the latest year in it: how many, how many clean, late, with errors, with a
 * copied part 五, and the region's main figures summed over the reports that have no errors (combined reports are
 * left out: their figures are their members' again). The same totals for the year before when its reports are there.
 */
public record CountySummary(String year, int reports, int clean, int late, int withErrors, int copiedImprovements,
		int summed, Map<String, BigDecimal> totals, String previousYear, int previousSummed,
		Map<String, BigDecimal> previousTotals) {

	public static CountySummary of(List<AuditedReport> all, List<CopiedText.Copy> copies) {
		String year = all.stream().map(AuditedReport::year).filter(y -> y != null && y.matches("\\d{4}"))
				.max(String::compareTo).orElse(null);
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (year == null || year.equals(all.get(i).year())) {
				indexes.add(i);
			}
		}
		Set<Integer> copied = new HashSet<>();
		for (CopiedText.Copy copy : copies) {
			if (copy.part() == CopiedText.Part.IMPROVEMENTS) {
				copied.add(copy.second());
				if (!copy.lastYear()) {
					copied.add(copy.first());
				}
			}
		}
		int clean = 0;
		int late = 0;
		int withErrors = 0;
		int copiedCount = 0;
		for (int i : indexes) {
			AuditedReport report = all.get(i);
			clean += report.isClean() ? 1 : 0;
			late += Boolean.FALSE.equals(report.onTime()) ? 1 : 0;
			withErrors += report.errors() > 0 ? 1 : 0;
			copiedCount += copied.contains(i) ? 1 : 0;
		}
		List<Map<String, BigDecimal>> figures = summable(all, year);
		String previousYear = year == null ? null : String.valueOf(Integer.parseInt(year) - 1);
		List<Map<String, BigDecimal>> previous = summable(all, previousYear);
		return new CountySummary(year, indexes.size(), clean, late, withErrors, copiedCount, figures.size(),
				MainFigures.total(figures), previousYear, previous.size(), MainFigures.total(previous));
	}

	/** The figures of the reports of a year that have no errors and are not combined. */
	static List<Map<String, BigDecimal>> summable(List<AuditedReport> all, String year) {
		return all.stream().filter(r -> year != null && year.equals(r.year()) && !r.combined() && r.figures() != null
				&& !r.figures().isEmpty()).map(AuditedReport::figures).toList();
	}
}
