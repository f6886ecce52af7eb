package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;
import org.nianbao.form.ReportYear;
import org.nianbao.form.FormResolver;
import org.nianbao.form.NationalForm;
import org.nianbao.form.PublishedDate;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/** The facts about a report: who publishes it, for which year, under which title, and when. */
public class ReportFactsValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	/** The first report year of the national format of 国办公开办函〔2021〕30号. */
	private static final int NATIONAL_FORM_FIRST_YEAR = 2021;

	private static final Pattern PLACE_LEVELS = Pattern.compile(".+?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗|镇|乡)");

	@Inject
	private FormResolver formResolver;

	@Check
	public void checkFacts(Report report) {
		if (report.getOrgan() == null || report.getOrgan().isBlank()) {
			error("缺少发布机关：请写 organ \"机关全称\"", report, P.getDocument_Name(), IssueCodes.MISSING_ORGAN);
		}
		Form form = formResolver.formOf(report);
		if (report.getForm() == null && form == null) {
			error("找不到内置的全国格式“" + NationalForm.NAME + "”", report, P.getDocument_Name(), IssueCodes.FORM_NOT_FOUND);
		}
		Integer year = year(report);
		if (year != null && year < NATIONAL_FORM_FIRST_YEAR && form != null
				&& NationalForm.NAME.equals(form.getName())) {
			warning("报告年度为 " + year + " 年，而现行全国格式（国办公开办函〔2021〕30号）自 " + NATIONAL_FORM_FIRST_YEAR
					+ " 年度报告起适用：" + year + " 年度报告应按当年的格式编写，请核对年度", report, P.getReport_Year(),
					IssueCodes.FORM_NOT_YET_IN_FORCE);
		}
		title(report, year);
		if (report.getPublished() == null) {
			warning("没有写发布日期：生成的文档落款处将没有日期，也无法核对是否按时发布。请写 published " + (year == null
					? "发布日期（报告年度次年1月的日期，如 year 2024 的报告写 published 2025年1月20日）"
					: (year + 1) + "年1月20日"),
					report, P.getDocument_Name(), IssueCodes.MISSING_PUBLISHED);
			return;
		}
		if (year == null) {
			return;
		}
		LocalDate published = PublishedDate.parse(report.getPublished());
		if (published == null) {
			error("发布日期“" + report.getPublished().strip() + "”不是有效日期：请写成 " + (year + 1) + "年1月20日 或 " + (year + 1)
					+ "-01-20 的形式，月、日须是日历上有的日子", report, P.getReport_Published(), IssueCodes.INVALID_DATE);
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

	private static final String OFFICIAL_NAME = "政府信息公开工作年度报告";

	/** A title written with {@code title} must still say whose report it is and for which year. */
	private void title(Report report, Integer year) {
		if (report.getTitle().isEmpty()) {
			return; // the generated title is the organ and the year
		}
		String title = String.join("", report.getTitle()).replaceAll("\\s", "");
		String organ = report.getOrgan() == null ? "" : report.getOrgan().replaceAll("\\s", "");
		wording(report, title, organ.isEmpty() ? "" : place(organ), year);
		boolean hasYear = year == null || title.contains(year + "年") || title.contains(year.toString());
		boolean hasOrgan = organ.isEmpty() || title.contains(organ) || title.contains(place(organ));
		if (hasYear && hasOrgan) {
			return;
		}
		String missing = !hasYear && !hasOrgan
				? "报告年度“" + year + "年”和发布机关“" + organ + "”"
				: !hasYear ? "报告年度“" + year + "年”" : "发布机关“" + organ + "”";
		warning("标题中没有" + missing + "：年度报告的标题应写明机关全称和年度，如“" + (organ.isEmpty() ? "××人民政府" : organ)
				+ (year == null ? "" : year + "年") + "政府信息公开工作年度报告”", report, P.getReport_Title(),
				IssueCodes.TITLE_INCOMPLETE);
	}

	/** The national format's name of the report: a title reading …政府信息公开年度报告 or …工作报告 is another name. */
	private void wording(Report report, String title, String place, Integer year) {
		if (title.contains(OFFICIAL_NAME)) {
			return;
		}
		int from = title.indexOf("政府信息公开");
		int to = from < 0 ? -1 : title.indexOf("报告", from);
		String expected = to >= 0
				? title.substring(0, from) + OFFICIAL_NAME + title.substring(to + "报告".length())
				: place + (year == null ? "" : year + "年") + OFFICIAL_NAME;
		warning("标题应写作“…" + OFFICIAL_NAME + "”（格式规定的报告名称）：“" + title + "”宜为“" + expected + "”", report,
				P.getReport_Title(), IssueCodes.TITLE_WORDING, new IssueDatum.OfficialTitle(expected));
	}

	/**
	 * A people's government is named in titles by its place alone, and by the lowest level of it: 新源县新源镇人民政府
	 * titles its report “新源镇…”, 安和县人民政府 “安和县…”. Other organs by their full name: the whole organ.
	 */
	private static String place(String organ) {
		if (!organ.endsWith("人民政府")) {
			return organ;
		}
		Matcher levels = PLACE_LEVELS.matcher(organ.substring(0, organ.length() - "人民政府".length()));
		String lowest = organ;
		while (levels.find()) {
			lowest = levels.group();
		}
		return lowest;
	}

	private Integer year(Report report) {
		if (report.getYear() == null) {
			error("缺少报告年度：请写 year 年份，如 year 2024", report, P.getDocument_Name(), IssueCodes.MISSING_YEAR);
			return null;
		}
		String text = report.getYear();
		if (!ReportYear.isYear(text)) {
			error("报告年度“" + text + "”不是有效年份", report, P.getReport_Year(), IssueCodes.INVALID_YEAR);
			return null;
		}
		return Integer.valueOf(text);
	}

	static String chinese(LocalDate date) {
		return PublishedDate.chinese(date);
	}
}
