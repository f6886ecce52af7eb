package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.validation.Check;
import org.nianbao.eval.Finding;
import org.nianbao.eval.Numbers;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.FormResolver;
import org.nianbao.form.Labels;
import org.nianbao.form.PartMatch;
import org.nianbao.form.ProseText;
import org.nianbao.form.ReportSkeleton;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.ReportRef;
import org.nianbao.related.RelatedReports;
import org.nianbao.related.SameFile;

import com.google.inject.Inject;

/** What a report says about other reports: last year's carry-over and text, a combined report's members. */
public class RelatedReportsValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Inject
	private RelatedReports relatedReports;

	@Inject
	private FormResolver formResolver;

	@Inject
	private IGlobalScopeProvider globalScopes;

	@Check
	public void checkPrevious(Report report) {
		ReportRef ref = report.getPrevious();
		if (ref == null || ambiguous(ref)) {
			return;
		}
		Report previous = relatedReports.resolve(ref);
		if (previous == null) {
			notFound(ref, "上年报告");
			return;
		}
		if (previous == report) {
			error("上年报告不能是本报告自己", ref, null, IssueCodes.CYCLIC_REFERENCE);
			return;
		}
		Integer year = year(report);
		Integer previousYear = year(previous);
		if (year != null && previousYear != null && previousYear != year - 1) {
			warning("本报告是 " + year + " 年度的，上年报告应是 " + (year - 1) + " 年度的，而“" + RelatedReports.describe(previous) + "”是 "
					+ previousYear + " 年度的：请核对 previous", ref, null, IssueCodes.PREVIOUS_YEAR_MISMATCH);
		}
		ReportEvaluation evaluation = evaluationOf(report);
		for (Finding finding : evaluation.findings()) {
			if (finding instanceof Finding.CarryOverMismatch m) {
				String message = "与上年报告不符（" + Labels.column(m.column()) + "列）：本年“" + m.into().getLabel() + "”为 "
						+ Numbers.plain(m.thisYear()) + "，" + RelatedReports.describe(previous) + "的“"
						+ m.from().getLabel() + "”为 "
						+ Numbers.plain(m.lastYear());
				if (m.at() != null) {
					error(message, m.at(), null, IssueCodes.CARRY_OVER_MISMATCH,
							new IssueDatum.Replacement(Numbers.plain(m.lastYear())));
				} else {
					error(message, ref, null, IssueCodes.CARRY_OVER_MISMATCH,
							new IssueDatum.Replacement(Numbers.plain(m.lastYear())));
				}
			} else if (finding instanceof Finding.InForceMismatch m) {
				inForce(m, previous, ref);
			}
		}
		freshParts(report, previous, evaluation);
	}

	private void inForce(Finding.InForceMismatch m, Report previous, ReportRef ref) {
		String message = "现行有效件数与上年不衔接（" + m.row().getLabel() + "）：" + RelatedReports.describe(previous) + "现行有效 "
				+ Numbers.plain(m.lastInForce()) + " 件 + 本年制发 " + Numbers.plain(m.issued()) + " 件 − 本年废止 "
				+ Numbers.plain(m.repealed()) + " 件 = " + Numbers.plain(m.expected()) + " 件，而本年现行有效写为 "
				+ Numbers.plain(m.inForce()) + " 件。如有文件因有效期届满失效，属正常情况，否则请核对（依据：第二十条第（一）项的现行有效件数为截至"
				+ "本年12月31日仍有效的件数，应由上年现行有效件数加本年制发、减本年废止得出）";
		if (m.at() instanceof org.nianbao.nianbao.Value) {
			warning(message, m.at(), null, IssueCodes.IN_FORCE_MISMATCH,
					new IssueDatum.Replacement(Numbers.plain(m.expected())));
		} else {
			warning(message, m.at() != null ? m.at() : ref, null, IssueCodes.IN_FORCE_MISMATCH);
		}
	}

	private void freshParts(Report report, Report previous, ReportEvaluation evaluation) {
		ReportEvaluation last = evaluation.previous();
		if (last == null) {
			return;
		}
		for (Part part : report.getParts()) {
			PartMatch match = evaluation.parts().match(part);
			FormPart formPart = match.part();
			if (formPart == null || !formPart.isFresh()) {
				continue;
			}
			Part lastPart = last.parts().form() == null
					? null
					: last.parts().form().getParts().stream().filter(p -> p.getName().equals(formPart.getName()))
							.map(p -> last.parts().written(p)).filter(p -> p != null).findFirst().orElse(null);
			String text = normalized(ProseText.of(part));
			// the skeleton's unfilled prompt, the same every year, is reported as unfilled (unfilled-prompt)
			if (lastPart != null && !text.isEmpty() && !text.contains(ReportSkeleton.PROMPT)
					&& text.equals(normalized(ProseText.of(lastPart)))) {
				warning("“" + formPart.getLabel() + "”与" + RelatedReports.describe(previous)
						+ "完全相同：格式要求不得逐年照抄，请写明本年的问题和改进",
						part, P.getPart_Heading(), IssueCodes.COPIED_FROM_LAST_YEAR);
			}
		}
	}

	@Check
	public void checkMembers(Report report) {
		if (report.getMembers().isEmpty()) {
			return;
		}
		Set<Report> seen = new HashSet<>();
		for (ReportRef ref : report.getMembers()) {
			if (ambiguous(ref)) {
				continue;
			}
			Report member = relatedReports.resolve(ref);
			if (member == null) {
				notFound(ref, "成员报告");
				continue;
			}
			if (member == report || reaches(member, report, new HashSet<>())) {
				error("成员报告“" + RelatedReports.describe(member) + "”又包含本报告：汇总关系不能循环", ref, null,
						IssueCodes.CYCLIC_REFERENCE);
				continue;
			}
			if (!seen.add(member)) {
				error("成员报告“" + RelatedReports.describe(member) + "”重复列出，会被重复计入合计", ref, null,
						IssueCodes.DUPLICATE_MEMBER);
				continue;
			}
			if (report.getYear() != null && !report.getYear().equals(member.getYear())) {
				error("成员报告“" + RelatedReports.describe(member) + "”不是" + report.getYear() + "年度的", ref, null,
						IssueCodes.MEMBER_YEAR_MISMATCH);
			}
			if (formResolver.formOf(member) != formResolver.formOf(report)) {
				error("成员报告“" + RelatedReports.describe(member) + "”使用了不同的格式，无法汇总", ref, null,
						IssueCodes.MEMBER_FORM_MISMATCH);
				continue;
			}
			int errors = errorsOf(member);
			if (errors > 0) {
				error("成员报告“" + RelatedReports.describe(member) + "”有 " + errors + " 个错误，汇总数据可能不准确：请先修正该报告", ref,
						null, IssueCodes.MEMBER_HAS_ERRORS);
			}
		}
		for (Finding finding : evaluationOf(report).findings()) {
			if (finding instanceof Finding.MemberSumMismatch m) {
				String breakdown = m.terms().stream().map(t -> t.label() + " " + Numbers.plain(t.value()))
						.collect(Collectors.joining("，"));
				error("与成员报告之和不符（" + Labels.row(m.row()) + "，" + Labels.column(m.column()) + "）：写为 "
						+ Numbers.plain(m.written())
						+ "，成员合计 " + Numbers.plain(m.sum()) + "（" + breakdown + "）", m.at(), null,
						IssueCodes.MEMBER_SUM_MISMATCH,
						new IssueDatum.Replacement(Numbers.plain(m.sum())));
			}
		}
	}

	private boolean reaches(Report from, Report target, Set<Report> visited) {
		if (!visited.add(from)) {
			return false;
		}
		for (ReportRef ref : from.getMembers()) {
			Report member = relatedReports.resolve(ref);
			if (member == target || (member != null && reaches(member, target, visited))) {
				return true;
			}
		}
		return false;
	}

	/** Errors of a member that make sums unreliable: syntax, unresolved names, and its figures' errors. */
	private int errorsOf(Report member) {
		Resource resource = member.eResource();
		long parserErrors = resource == null ? 0 : resource.getErrors().size();
		return (int) (parserErrors + evaluationOf(member).figureErrors());
	}

	private static Integer year(Report report) {
		return report.getYear() != null && report.getYear().matches("[0-9]{4}")
				? Integer.valueOf(report.getYear())
				: null;
	}

	/**
	 * A report named where several reports of the folder have that name (a copy, a corrected version, the same
	 * report imported twice): the linker takes one of them, which is a guess; says so, with the files.
	 */
	private boolean ambiguous(ReportRef ref) {
		Report linked = ref.getPath() == null ? ref.getReport() : null;
		if (linked == null || linked.eIsProxy() || linked.getName() == null || ref.eResource() == null) {
			return false; // by path, or a name the linker did not find (it said so)
		}
		String name = linked.getName();
		IScope scope = globalScopes.getScope(ref.eResource(), P.getReportRef_Report(), null);
		Map<String, String> files = new LinkedHashMap<>();
		for (IEObjectDescription candidate : scope.getElements(QualifiedName.create(name))) {
			URI file = candidate.getEObjectURI().trimFragment();
			files.putIfAbsent(SameFile.key(file), SameFile.path(ref.eResource().getURI(), file));
		}
		if (files.size() < 2) {
			return false;
		}
		List<String> paths = List.copyOf(files.values());
		error("有 " + paths.size() + " 份报告都叫“" + name + "”（" + String.join("、", paths) + "），不知道指的是哪一份：请改用文件名，如 \""
				+ paths.get(0) + "\"，或给其余的报告改名", ref, null, IssueCodes.AMBIGUOUS_REPORT_NAME,
				new IssueDatum.ReportFiles(paths));
		return true;
	}

	private void notFound(ReportRef ref, String what) {
		if (ref.getPath() == null) {
			return; // a name that does not resolve: the linker has said so (NianbaoLinkingDiagnostics)
		}
		error("找不到" + what + "文件“" + ref.getPath() + "”：请确认文件存在、路径拼写正确", ref, null, IssueCodes.REPORT_NOT_FOUND);
	}

	private static String normalized(String text) {
		return text.replaceAll("\\s+", "");
	}
}
