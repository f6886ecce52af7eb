package org.nianbao.audit;

import static org.nianbao.html.HtmlText.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nianbao.eval.MainFigures;
import org.nianbao.eval.Measures;
import org.nianbao.html.HtmlText;
import org.nianbao.html.ReportHtml;

/**
 * The audit of a folder of reports as one self-contained page a supervisor works from: the county's picture with
 * charts, copied text, missing members of combined reports, one sortable and filterable row per report, and every
 * report's diagnostics with the offending source line. Inline style, script and SVG: it opens offline.
 */
public final class AuditPage {

	/** How many pairs of copied text the page lists (most similar first); the count says how many there are. */
	static final int MAX_COPIES = 300;
	private static final int TOP_OFFICES = 20;
	/** The first problems of a row are cut to this length; the details below have them whole. */
	private static final int SUMMARY_CHARACTERS = 90;

	/** The folder all audited files are in, as their paths begin: left out of the paths the page shows. */
	private final String folder;

	private AuditPage(List<AuditedReport> reports) {
		this.folder = commonFolder(reports.stream().map(AuditedReport::file).toList());
	}

	public static String html(String title, List<AuditedReport> reports) {
		return new AuditPage(reports).page(title, reports);
	}

	static String commonFolder(List<String> files) {
		if (files.isEmpty()) {
			return "";
		}
		String common = files.get(0).substring(0, files.get(0).lastIndexOf('/') + 1);
		for (String file : files) {
			while (!file.startsWith(common)) {
				common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
			}
		}
		return common;
	}

	private String shown(String file) {
		return file.substring(folder.length());
	}

	private String page(String title, List<AuditedReport> reports) {
		List<CopiedText.Copy> copies = CopiedText.find(reports);
		CountySummary summary = CountySummary.of(reports, copies);
		StringBuilder out = new StringBuilder(64 * 1024 + reports.size() * 1024);
		out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"").append(ReportHtml.GENERATOR).append("\">\n<title>");
		escape(title, out);
		out.append("</title>\n<style>\n").append(AuditStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n<h1>");
		escape(title, out);
		out.append("</h1>\n");
		if (!folder.isEmpty()) {
			out.append("<p class=\"note\">文件夹：");
			escape(folder, out);
			out.append("</p>\n");
		}
		summary(out, summary, reports);
		measures(out, AuditMeasures.county(reports, summary));
		charts(out, summary, reports);
		copies(out, copies, reports);
		missingMembers(out, reports);
		explained(out, reports);
		table(out, reports);
		details(out, reports);
		out.append("</main>\n<script>\n").append(AuditStyle.SCRIPT).append("</script>\n</body>\n</html>\n");
		return out.toString();
	}

	private void summary(StringBuilder out, CountySummary s, List<AuditedReport> reports) {
		out.append("<section id=\"summary\">\n<h2>概况").append(s.year() == null ? "" : "（" + s.year() + "年度）")
				.append("</h2>\n<ul class=\"cards\">\n");
		card(out, "reports", "报告", s.reports(), "份");
		card(out, "clean", "无错误无警告", s.clean(), "份");
		card(out, "with-errors", "有错误", s.withErrors(), "份");
		card(out, "late", "逾期发布", s.late(), "份");
		card(out, "copied", "第五部分内容雷同", s.copiedImprovements(), "份");
		int explained = 0;
		for (AuditedReport r : reports) {
			explained += s.year() == null || s.year().equals(r.year()) ? (int) r.explained() : 0;
		}
		card(out, "explained", "已说明的警告（不计入警告）", explained, "条");
		out.append("</ul>\n");
		out.append("<p class=\"note\">以下合计只计没有错误的 ").append(s.summed())
				.append(" 份报告（汇总报告不计，以免重复）。</p>\n");
		out.append("</section>\n");
	}

	private void measures(StringBuilder out, AuditMeasures.Values county) {
		out.append("<section id=\"measures\">\n<h2>主要指标</h2>\n<div class=\"scroll\"><table class=\"measures\">\n")
				.append("<caption>全县（按上述合计计算；逐份报告的指标见“逐份报告”表）</caption>\n<thead><tr>")
				.append("<th scope=\"col\">指标</th><th scope=\"col\">全县</th><th scope=\"col\">定义</th></tr></thead>\n<tbody>\n");
		for (AuditMeasures.Measure m : AuditMeasures.ALL) {
			out.append("<tr id=\"measure-").append(m.id()).append("\"><th scope=\"row\">").append(m.name())
					.append("</th><td class=\"num\">").append(AuditMeasures.text(m.rate().apply(county)))
					.append("</td><td>");
			escape(m.definition(), out);
			out.append("</td></tr>\n");
		}
		out.append("</tbody></table></div>\n<p class=\"note\">“—”表示无从计算（如没有申请、没有审结的复议或诉讼、没有上年报告），不是 0%。"
				+ "有错误的报告不计算指标。</p>\n</section>\n");
	}

	private void explained(StringBuilder out, List<AuditedReport> reports) {
		out.append("<section id=\"explained\">\n<h2>已说明的警告</h2>\n");
		StringBuilder items = new StringBuilder();
		int count = 0;
		for (int i = 0; i < reports.size(); i++) {
			for (Problem p : reports.get(i).problems()) {
				if (!p.isExplained()) {
					continue;
				}
				count++;
				items.append("<li>");
				link(items, i, reports.get(i));
				items.append(" 第 ").append(p.line()).append(" 行 <code>");
				escape(p.code(), items);
				items.append("</code>：");
				escape(p.message(), items);
				items.append("<br><span class=\"reason\">说明理由：");
				escape(p.reason(), items);
				items.append("</span></li>\n");
			}
		}
		if (count == 0) {
			out.append("<p>没有报告以“// 已核实 代码：理由”说明警告。</p>\n</section>\n");
			return;
		}
		out.append("<p>报告编写者核实后说明的警告共 ").append(count)
				.append(" 条：不计入警告数，理由如下，请核对理由是否成立。</p>\n<ul>\n").append(items).append("</ul>\n</section>\n");
	}

	private void totals(StringBuilder out, CountySummary s) {
		boolean previous = s.previousSummed() > 0;
		out.append(
				"<div class=\"panel scroll\"><table class=\"totals\">\n<caption>区域主要数据合计</caption>\n<thead><tr><th scope=\"col\">项目</th>")
				.append("<th scope=\"col\">").append(s.year() == null ? "合计" : s.year() + "年").append("</th>");
		if (previous) {
			out.append("<th scope=\"col\">").append(s.previousYear()).append("年</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (MainFigures.Figure figure : MainFigures.ALL) {
			out.append("<tr><th scope=\"row\">");
			escape(figure.label(), out);
			out.append("</th><td>").append(s.totals().get(figure.label()).toPlainString()).append("</td>");
			if (previous) {
				out.append("<td>").append(s.previousTotals().get(figure.label()).toPlainString()).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody></table></div>\n");
	}

	private void card(StringBuilder out, String id, String label, int count, String unit) {
		out.append("<li id=\"count-").append(id).append("\"><span class=\"number\">").append(count)
				.append("</span><span class=\"unit\">").append(unit).append("</span><span class=\"what\">")
				.append(label)
				.append("</span></li>\n");
	}

	private void charts(StringBuilder out, CountySummary s, List<AuditedReport> reports) {
		out.append("<section id=\"charts\">\n<h2>主要数据</h2>\n<div class=\"charts\">\n");
		totals(out, s);
		List<SvgCharts.Bar> results = new ArrayList<>();
		for (MainFigures.Figure figure : MainFigures.RESULTS) {
			results.add(new SvgCharts.Bar(figure.label(), s.totals().get(figure.label())));
		}
		SvgCharts.bars(out, "chart-results", "办理结果（按类别）", results, List.of());
		List<AuditedReport> offices = new ArrayList<>(reports.stream()
				.filter(r -> s.year() != null && s.year().equals(r.year()) && !r.combined() && r.figures() != null
						&& r.figures().containsKey(MainFigures.RECEIVED.label()))
				.toList());
		offices.sort(
				Comparator.comparing((AuditedReport r) -> r.figures().get(MainFigures.RECEIVED.label())).reversed());
		List<SvgCharts.Bar> received = offices.stream().limit(TOP_OFFICES)
				.map(r -> new SvgCharts.Bar(r.displayName(), r.figures().get(MainFigures.RECEIVED.label()))).toList();
		if (!received.isEmpty()) {
			SvgCharts.bars(out, "chart-offices", "本年新收申请最多的单位（前 " + received.size() + " 名）", received, List.of());
		}
		if (s.previousSummed() > 0) {
			List<MainFigures.Figure> shown = new ArrayList<>(List.of(MainFigures.RECEIVED, MainFigures.HANDLED));
			shown.addAll(MainFigures.RESULTS.subList(0, 2));
			shown.add(MainFigures.REVIEWS);
			List<SvgCharts.Bar> years = new ArrayList<>();
			for (MainFigures.Figure figure : shown) {
				years.add(new SvgCharts.Bar(figure.label(), s.totals().get(figure.label()),
						s.previousTotals().get(figure.label())));
			}
			years.add(new SvgCharts.Bar("行政诉讼", MainFigures.lawsuits(s.totals()),
					MainFigures.lawsuits(s.previousTotals())));
			SvgCharts.bars(out, "chart-years", "与上年比较（" + s.previousSummed() + " 份上年报告）", years,
					List.of(s.year() + "年", s.previousYear() + "年"));
		}
		out.append("</div>\n</section>\n");
	}

	private void copies(StringBuilder out, List<CopiedText.Copy> copies, List<AuditedReport> reports) {
		out.append("<section id=\"copies\">\n<h2>内容雷同</h2>\n");
		if (copies.isEmpty()) {
			out.append("<p>第一部分、第五部分未发现内容雷同（相似度均低于 ")
					.append(Math.round(CopiedText.THRESHOLD * 100)).append("%）。</p>\n</section>\n");
			return;
		}
		out.append("<p class=\"alert\">内容雷同：第一部分 ").append(CopiedText.reports(copies, CopiedText.Part.OVERVIEW))
				.append(" 份、第五部分 ").append(CopiedText.reports(copies, CopiedText.Part.IMPROVEMENTS))
				.append(" 份报告与其他报告或本单位上年报告雷同（按字符片段比较，相似度不低于 ")
				.append(Math.round(CopiedText.THRESHOLD * 100)).append("%）")
				.append(copies.size() > MAX_COPIES ? "；下表列出最相似的 " + MAX_COPIES + " 对" : "").append("。</p>\n");
		out.append("<div class=\"scroll\"><table class=\"copies\">\n<caption>内容雷同的报告</caption>\n<thead><tr>")
				.append("<th scope=\"col\">部分</th><th scope=\"col\">报告</th><th scope=\"col\">与之雷同</th>")
				.append("<th scope=\"col\">相似度</th></tr></thead>\n<tbody>\n");
		for (CopiedText.Copy copy : copies.subList(0, Math.min(MAX_COPIES, copies.size()))) {
			AuditedReport second = reports.get(copy.second());
			AuditedReport first = reports.get(copy.first());
			out.append("<tr><td>").append(copy.part().label).append("</td><td>");
			link(out, reports.indexOf(second), second);
			out.append("</td><td>");
			link(out, reports.indexOf(first), first);
			out.append(copy.lastYear() ? "（上年报告）" : "").append("</td><td class=\"num\">")
					.append(Math.round(copy.similarity() * 100)).append("%</td></tr>\n");
		}
		out.append("</tbody></table></div>\n</section>\n");
	}

	private void link(StringBuilder out, int index, AuditedReport report) {
		out.append("<a href=\"#f-").append(index).append("\">");
		escape(report.displayName() + (report.year() == null ? "" : " " + report.year()), out);
		out.append("</a> <span class=\"file\">");
		escape(shown(report.file()), out);
		out.append("</span>");
	}

	private void missingMembers(StringBuilder out, List<AuditedReport> reports) {
		List<AuditedReport> combined = reports.stream().filter(r -> !r.missingMembers().isEmpty()).toList();
		out.append("<section id=\"missing\">\n<h2>缺报</h2>\n");
		if (combined.isEmpty()) {
			out.append("<p>汇总报告所列单位的报告都在。</p>\n</section>\n");
			return;
		}
		out.append("<ul>\n");
		for (AuditedReport report : combined) {
			out.append("<li>");
			link(out, reports.indexOf(report), report);
			out.append("：缺 ").append(report.missingMembers().size()).append(" 份——");
			escape(String.join("、", report.missingMembers()), out);
			out.append("</li>\n");
		}
		out.append("</ul>\n</section>\n");
	}

	private void table(StringBuilder out, List<AuditedReport> reports) {
		out.append("<section id=\"reports-section\">\n<h2>逐份报告</h2>\n")
				.append("<p class=\"controls\"><label><input type=\"checkbox\" id=\"only-errors\"> 只看有错误的</label>")
				.append(" <span id=\"shown\">共 ").append(reports.size()).append(" 份</span></p>\n")
				.append("<div class=\"scroll\"><table id=\"reports\">\n<caption>逐份报告（点击表头排序）</caption>\n<thead><tr>");
		List<String> heads = new ArrayList<>(List.of("机关", "年度", "发布日期", "按时", "错误", "警告", "已说明"));
		AuditMeasures.PER_REPORT.forEach(m -> heads.add(m.name()));
		heads.addAll(List.of("主要问题", "详情"));
		List<AuditMeasures.Values> measures = AuditMeasures.of(reports);
		for (int i = 0; i < heads.size(); i++) {
			out.append("<th scope=\"col\"><button type=\"button\" data-column=\"").append(i).append("\">")
					.append(heads.get(i)).append("</button></th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (int i = 0; i < reports.size(); i++) {
			AuditedReport r = reports.get(i);
			out.append("<tr data-errors=\"").append(r.errors()).append("\"")
					.append(r.errors() > 0 ? " class=\"bad\"" : "")
					.append("><td>");
			escape(r.displayName(), out);
			out.append("<br><span class=\"file\">");
			escape(shown(r.file()), out);
			out.append("</span></td><td class=\"nowrap\">");
			escape(r.year(), out);
			out.append("</td><td class=\"nowrap\">");
			escape(r.published() == null ? "未注明" : r.published(), out);
			String onTime = AuditRows.onTime(r.onTime());
			out.append("</td><td class=\"nowrap").append(r.onTime() == null ? "" : r.onTime() ? " ok" : " late")
					.append("\">")
					.append(onTime.isEmpty() ? "—" : onTime).append("</td><td class=\"num\" data-sort=\"")
					.append(r.errors()).append("\">").append(r.errors()).append("</td><td class=\"num\" data-sort=\"")
					.append(r.warnings()).append("\">").append(r.warnings())
					.append("</td><td class=\"num\" data-sort=\"")
					.append(r.explained()).append("\">").append(r.explained()).append("</td>");
			for (AuditMeasures.Measure m : AuditMeasures.PER_REPORT) {
				Measures.Rate rate = measures.get(i) == null ? null : m.rate().apply(measures.get(i));
				out.append("<td class=\"num\" data-measure=\"").append(m.id()).append("\" data-sort=\"")
						.append(AuditMeasures.key(rate)).append("\">").append(AuditMeasures.text(rate)).append("</td>");
			}
			out.append("<td>");
			List<String> first = r.firstProblems(AuditRows.FIRST_PROBLEMS);
			escape(shorten(String.join("；", first), SUMMARY_CHARACTERS), out);
			out.append("</td><td data-sort=\"").append(i).append("\">");
			if (!r.problems().isEmpty()) {
				out.append("<a href=\"#f-").append(i).append("\">").append(r.problems().size()).append(" 条</a>");
			}
			out.append("</td></tr>\n");
		}
		out.append("</tbody></table></div>\n</section>\n");
	}

	private static String shorten(String text, int characters) {
		return text.codePointCount(0, text.length()) <= characters
				? text
				: text.substring(0, text.offsetByCodePoints(0, characters - 1)) + "…";
	}

	private void details(StringBuilder out, List<AuditedReport> reports) {
		out.append("<section id=\"details\">\n<h2>问题详情</h2>\n");
		for (int i = 0; i < reports.size(); i++) {
			AuditedReport r = reports.get(i);
			out.append("<section class=\"file-details\" id=\"f-").append(i).append("\">\n<h3>");
			escape(r.displayName() + (r.year() == null ? "" : " " + r.year()), out);
			out.append(" <span class=\"file\">");
			escape(shown(r.file()), out);
			out.append("</span></h3>\n");
			if (r.problems().isEmpty()) {
				out.append("<p>没有发现问题。</p>\n</section>\n");
				continue;
			}
			out.append("<ol>\n");
			for (Problem p : r.problems()) {
				out.append("<li class=\"").append(HtmlText.escape(p.severity())).append("\"><span class=\"severity\">")
						.append(p.isError() ? "错误" : p.isWarning() ? "警告" : p.isExplained() ? "已说明" : "提示")
						.append("</span> 第 ").append(p.line()).append(" 行第 ").append(p.column()).append(" 列：");
				escape(p.message(), out);
				if (p.isExplained()) {
					out.append("<br><span class=\"reason\">说明理由：");
					escape(p.reason(), out);
					out.append("</span>");
				}
				if (p.sourceLine() != null && !p.sourceLine().isBlank()) {
					out.append("<pre><code><span class=\"ln\">").append(p.line()).append("</span>");
					escape(p.sourceLine(), out);
					out.append("</code></pre>");
				}
				out.append("</li>\n");
			}
			out.append("</ol>\n</section>\n");
		}
		out.append("</section>\n");
	}
}
