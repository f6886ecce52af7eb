package org.nianbao.eval;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.nianbao.form.FormResolver;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The one place a report's figures are evaluated; the result is cached until the report's resource changes. */
@Singleton
public class ReportEvaluator {

	@Inject
	private FormResolver formResolver;

	@Inject
	private IResourceScopeCache cache;

	public ReportEvaluation evaluate(Report report) {
		if (report.eResource() == null) {
			return new ReportEvaluation(report, formResolver.formOf(report));
		}
		return cache.get(Tuples.pair(ReportEvaluator.class, report), report.eResource(),
				() -> new ReportEvaluation(report, formResolver.formOf(report)));
	}
}
