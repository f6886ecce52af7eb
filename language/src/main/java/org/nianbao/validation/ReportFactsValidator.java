package org.nianbao.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.eclipse.xtext.validation.Check;
import org.nianbao.form.FormResolver;
import org.nianbao.form.NationalForm;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/** The facts about a report: who publishes it, for which year, and when. */
public class ReportFactsValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;
	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

	@Inject
	private FormResolver formResolver;

	@Check
	public void checkFacts(Report report) {
		if (report.getOrgan() == null || report.getOrgan().isBlank()) {
			error("缺少发布机关：请写 organ \"机关全称\"", report, P.getDocument_Name(), IssueCodes.MISSING_ORGAN);
		}
		if (report.getForm() == null && formResolver.formOf(report) == null) {
			error("找不到内置的全国格式“" + NationalForm.NAME + "”", report, P.getDocument_Name(), IssueCodes.FORM_NOT_FOUND);
		}
		Integer year = year(report);
		if (report.getPublished() == null || year == null) {
			return;
		}
		LocalDate published = date(report.getPublished());
		if (published == null) {
			error("发布日期“" + report.getPublished() + "”不是有效日期：请按 年-月-日 书写，如 " + (year + 1) + "-01-20", report,
					P.getReport_Published(), IssueCodes.INVALID_DATE);
			return;
		}
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		boolean combined = !report.getMembers().isEmpty();
		LocalDate deadline = combined ? LocalDate.of(year + 1, 2, 20) : LocalDate.of(year + 1, 1, 31);
		if (!published.isAfter(yearEnd)) {
			error("发布日期 " + chinese(published) + " 早于报告年度结束：" + year + "年度报告的数据截至" + chinese(yearEnd)
					+ "，应在此后发布", report, P.getReport_Published(), IssueCodes.PUBLISHED_BEFORE_YEAR_END);
		} else if (published.isAfter(deadline)) {
			warning("发布日期 " + chinese(published) + " 晚于法定期限 " + chinese(deadline)
					+ (combined ? "（县级人民政府汇总报告应于次年2月20日前公布）" : "（乡镇和县级部门应于次年1月31日前公布）"),
					report, P.getReport_Published(), IssueCodes.PUBLISHED_LATE);
		}
	}

	private Integer year(Report report) {
		if (report.getYear() == null) {
			error("缺少报告年度：请写 year 年份，如 year 2024", report, P.getDocument_Name(), IssueCodes.MISSING_YEAR);
			return null;
		}
		String text = report.getYear();
		if (!text.matches("(19|20|21)[0-9]{2}")) {
			error("报告年度“" + text + "”不是有效年份", report, P.getReport_Year(), IssueCodes.INVALID_YEAR);
			return null;
		}
		return Integer.valueOf(text);
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.replace(" ", ""), ISO);
		} catch (DateTimeException e) {
			return null;
		}
	}

	static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
