package org.nianbao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nianbao.eval.Measures;
import org.nianbao.eval.Measures.Rate;

/**
 * The measures of the audit, one set per report and one for the county, each with its definition as the page states
 * it. The arithmetic is the evaluator's ({@link Measures}); here only which reports are compared with which. A report
 * with errors gets none (its figures do not hold), nor does a measure without anything to measure: both show "—".
 */
final class AuditMeasures {

	/** One measure: its name, its definition in words, and how it is read from a report's or the county's measures. */
	record Measure(String id, String name, String definition, Function<Values, Rate> rate) {
	}

	/** The measures of one report or of the county. */
	record Values(Measures.Of of, Rate received, Rate onTime) {
	}

	static final List<Measure> ALL = List.of(
			new Measure("on-time", "按时发布", "按时发布的报告占注明发布日期的报告之比。期限：乡镇和县级人民政府部门为次年1月31日，"
					+ "县级人民政府（汇总报告）为次年2月20日；逐份报告见“按时”列", Values::onTime),
			new Measure("substantive", "实质公开率", "（予以公开 + 部分公开）÷ 办理结果总计（表三第三项（七））", v -> v.of().substantive()),
			new Measure("review", "复议纠错率", "行政复议结果纠正 ÷（结果维持 + 结果纠正 + 其他结果）；尚未审结的不计",
					v -> v.of().reviewCorrected()),
			new Measure("litigation", "诉讼纠错率", "行政诉讼结果纠正 ÷（结果维持 + 结果纠正 + 其他结果），未经复议直接起诉和复议后起诉合计；尚未审结的不计",
					v -> v.of().litigationCorrected()),
			new Measure("carried", "结转比例", "结转下年度继续办理 ÷（本年新收 + 上年结转）", v -> v.of().carriedOver()),
			new Measure("received-change", "新收同比", "（本年新收 − 上年新收）÷ 上年新收；只在本文件夹有同一机关上年报告时计算（全县：只合计两年报告都在的机关）",
					Values::received));

	/** The measures shown per report (按时 has its own column). */
	static final List<Measure> PER_REPORT = ALL.subList(1, ALL.size());

	private AuditMeasures() {
	}

	/** Each report's measures, in the order given; null for a report with errors. */
	static List<Values> of(List<AuditedReport> reports) {
		List<Values> values = new ArrayList<>();
		for (AuditedReport report : reports) {
			if (report.figures() == null || report.figures().isEmpty()) {
				values.add(null);
				continue;
			}
			AuditedReport last = lastYear(reports, report);
			values.add(new Values(Measures.of(report.figures()),
					Measures.receivedChange(report.figures(), last == null ? null : last.figures()), null));
		}
		return values;
	}

	/** The county's measures over the reports summed on the page (latest year, without errors, not combined). */
	static Values county(List<AuditedReport> reports, CountySummary summary) {
		Map<String, BigDecimal> total = Measures.total(CountySummary.summable(reports, summary.year()));
		// the change only over the organs whose reports of both years are here: other sets would compare unlike
		List<Map<String, BigDecimal>> now = new ArrayList<>();
		List<Map<String, BigDecimal>> before = new ArrayList<>();
		for (AuditedReport r : reports) {
			AuditedReport last = r.combined() || r.figures() == null || summary.year() == null
					|| !summary.year().equals(r.year())
							? null
							: lastYear(reports, r);
			if (last != null && !last.combined()) {
				now.add(r.figures());
				before.add(last.figures());
			}
		}
		long dated = 0;
		long onTime = 0;
		for (AuditedReport r : reports) {
			if (summary.year() != null && summary.year().equals(r.year()) && r.onTime() != null) {
				dated++;
				onTime += r.onTime() ? 1 : 0;
			}
		}
		return new Values(Measures.of(total), now.isEmpty()
				? new Rate(null, null)
				: Measures.receivedChange(Measures.total(now), Measures.total(before)), Measures.share(onTime, dated));
	}

	/** The rate as the page prints it: {@code 85.7%}, or {@code —} when it cannot be computed. */
	static String text(Rate rate) {
		BigDecimal percent = rate == null ? null : rate.percent();
		return percent == null ? "—" : percent.toPlainString() + "%";
	}

	/** The rate as a sort key: its percentage, or empty (sorted last) when it cannot be computed. */
	static String key(Rate rate) {
		BigDecimal percent = rate == null ? null : rate.percent();
		return percent == null ? "" : percent.toPlainString();
	}

	/** The same organ's report of the year before, when it is in the folder and has figures. */
	private static AuditedReport lastYear(List<AuditedReport> reports, AuditedReport report) {
		if (report.year() == null || !report.year().matches("\\d{4}") || report.organ() == null) {
			return null;
		}
		String before = String.valueOf(Integer.parseInt(report.year()) - 1);
		for (AuditedReport r : reports) {
			if (before.equals(r.year()) && report.organ().equals(r.organ()) && r.figures() != null
					&& !r.figures().isEmpty()) {
				return r;
			}
		}
		return null;
	}
}
