package org.nianbao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.eval.MainFigures;
import org.nianbao.eval.Measures;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.ProseText;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.ReportRef;
import org.nianbao.related.RelatedReports;
import org.nianbao.issues.IssueCodes;

import com.google.inject.Inject;

/** Reads what an audit needs from one loaded report and its diagnostics. */
public class ReportAuditor {

	/** The form parts whose text is checked for copies: 一、总体情况 and 五、存在的主要问题及改进情况. */
	private static final String OVERVIEW = "总体情况";
	private static final String IMPROVEMENTS = "问题改进";

	@Inject
	private ReportEvaluator evaluator;

	@Inject
	private RelatedReports related;

	/**
	 * One report as the audit page shows it: its figures, measures, findings and explanations.
	 *
	 * @param resource the file's resource (null when it could not be read)
	 * @param texts whether to read the texts of parts 一 and 五 (for the audit page's copy check)
	 */
	public AuditedReport audit(String file, Resource resource, List<Problem> problems, boolean texts) {
		Report report = resource != null && !resource.getContents().isEmpty()
				&& resource.getContents().get(0) instanceof Report r ? r : null;
		if (report == null) {
			return new AuditedReport(file, null, null, null, null, false, problems, "", "", List.of(), null);
		}
		String published = report.getPublished() == null ? null : report.getPublished().strip();
		Boolean onTime = (published == null || hasCode(problems, IssueCodes.PUBLISHED_BEFORE_YEAR_END))
				? null
				: !hasCode(problems, IssueCodes.PUBLISHED_LATE);
		List<String> missing = new ArrayList<>();
		for (ReportRef member : report.getMembers()) {
			if (related.resolve(member) == null) {
				missing.add(written(member));
			}
		}
		String overview = "";
		String improvements = "";
		ReportEvaluation evaluation = evaluator.evaluate(report);
		if (texts) {
			for (Part part : report.getParts()) {
				FormPart formPart = evaluation.parts().match(part).part();
				String name = formPart == null ? "" : formPart.getName();
				if (name.equals(OVERVIEW) && overview.isEmpty()) {
					overview = ProseText.of(part);
				} else if (name.equals(IMPROVEMENTS) && improvements.isEmpty()) {
					improvements = ProseText.of(part);
				}
			}
		}
		Map<String, java.math.BigDecimal> figures = null;
		if (problems.stream().noneMatch(Problem::isError)) {
			figures = MainFigures.of(evaluation);
			figures.putAll(Measures.outcomes(evaluation));
		}
		return new AuditedReport(file, strip(report.getOrgan()), report.getYear(), published, onTime,
				!report.getMembers().isEmpty(), problems, overview, improvements, missing, figures);
	}

	private static boolean hasCode(List<Problem> problems, String code) {
		return problems.stream().anyMatch(p -> code.equals(p.code()));
	}

	private static String written(ReportRef ref) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(ref);
		return node == null ? (ref.getPath() == null ? "?" : ref.getPath()) : NodeModelUtils.getTokenText(node);
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}
}
