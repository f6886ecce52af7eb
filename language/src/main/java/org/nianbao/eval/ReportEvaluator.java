package org.nianbao.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.nianbao.form.FormResolver;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.ReportRef;
import org.nianbao.related.RelatedReports;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The one place a report's figures are evaluated. A report standing alone is cached until its resource
 * changes; one that reads other reports (last year's, a combined report's members) is evaluated afresh,
 * since those may change without it.
 */
@Singleton
public class ReportEvaluator {

	@Inject
	private FormResolver formResolver;

	@Inject
	private RelatedReports relatedReports;

	@Inject
	private IResourceScopeCache cache;

	private final ThreadLocal<Set<Report>> inProgress = ThreadLocal.withInitial(HashSet::new);

	public ReportEvaluation evaluate(Report report) {
		if (report.getPrevious() == null && report.getMembers().isEmpty()) {
			if (report.eResource() == null) {
				return new ReportEvaluation(report, formResolver.formOf(report));
			}
			return cache.get(Tuples.pair(ReportEvaluator.class, report), report.eResource(),
					() -> new ReportEvaluation(report, formResolver.formOf(report)));
		}
		Set<Report> visiting = inProgress.get();
		visiting.add(report);
		try {
			Form form = formResolver.formOf(report);
			List<ReportEvaluation> members = new ArrayList<>();
			for (ReportRef ref : report.getMembers()) {
				Report member = relatedReports.resolve(ref);
				if (member != null && !visiting.contains(member) && formResolver.formOf(member) == form) {
					members.add(evaluate(member));
				}
			}
			Report previous = relatedReports.resolve(report.getPrevious());
			ReportEvaluation previousEvaluation = previous == null || visiting.contains(previous) ? null
					: evaluate(previous);
			return new ReportEvaluation(report, form, members, previousEvaluation);
		} finally {
			visiting.remove(report);
		}
	}
}
