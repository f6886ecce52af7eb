package org.nianbao.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
 * The one place a report's figures are evaluated. A report standing alone is cached until its resource changes. One
 * that reads other reports (last year's, a combined report's members) is cached too, and kept only while each report
 * it read still has the very evaluation it was computed from: a change to any of them makes a new evaluation there,
 * and so here.
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
			ReportEvaluation previousEvaluation = previous == null || visiting.contains(previous)
					? null
					: evaluate(previous);
			if (report.eResource() == null) {
				return new ReportEvaluation(report, form, members, previousEvaluation);
			}
			List<ReportEvaluation> inputs = new ArrayList<>(members);
			inputs.add(previousEvaluation);
			DependentEvaluation cached = cache.get(Tuples.pair(DependentEvaluation.class, report), report.eResource(),
					DependentEvaluation::new);
			return cached.of(inputs, () -> new ReportEvaluation(report, form, members, previousEvaluation));
		} finally {
			visiting.remove(report);
		}
	}

	/** The last evaluation of a report that reads others, with the evaluations it read (compared by identity). */
	private static final class DependentEvaluation {
		private List<ReportEvaluation> inputs;
		private ReportEvaluation result;

		synchronized ReportEvaluation of(List<ReportEvaluation> now, Supplier<ReportEvaluation> compute) {
			if (result == null || !sameInstances(inputs, now)) {
				result = compute.get();
				inputs = now;
			}
			return result;
		}

		private static boolean sameInstances(List<ReportEvaluation> a, List<ReportEvaluation> b) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (a.get(i) != b.get(i)) {
					return false;
				}
			}
			return true;
		}
	}
}
