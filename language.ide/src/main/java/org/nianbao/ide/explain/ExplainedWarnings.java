package org.nianbao.ide.explain;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.explain.Explanation;
import org.nianbao.explain.ExplainedIssues;
import org.nianbao.explain.Explanations;
import org.nianbao.issues.IssueDatum;

import com.google.inject.Inject;

/**
 * A report's diagnostics with its explanations applied, for the editor's hover, completion and table summary. Only
 * a report that has explanations is validated here, once per version of its text (the result is dropped on the next
 * change): without one there is nothing explained to show, and typing stays as fast as before.
 */
public class ExplainedWarnings {

	private static final String KEY = ExplainedWarnings.class.getName();

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IResourceValidator validator;

	/** The explanations written in the report, in order. */
	public List<Explanation> explanations(XtextResource resource) {
		return resource.getParseResult() == null ? List.of() : Explanations.in(resource.getParseResult().getRootNode());
	}

	/** Every diagnostic of the report, explained ones included; empty when the report explains nothing. */
	public List<Issue> issues(XtextResource resource) {
		if (explanations(resource).isEmpty()) {
			return List.of();
		}
		return cache.get(KEY, resource,
				() -> List.copyOf(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)));
	}

	/** The warnings an explanation covers. */
	public List<Issue> coveredBy(XtextResource resource, Explanation explanation) {
		return issues(resource).stream().filter(ExplainedIssues::isExplained).filter(i -> {
			IssueDatum.Explained reason = ExplainedIssues.reason(i);
			return reason.line() == explanation.line() && reason.column() == explanation.column();
		}).toList();
	}

	/** The explanation whose text holds the offset, or null. */
	public Explanation at(XtextResource resource, int offset) {
		for (Explanation e : explanations(resource)) {
			if (offset >= e.offset() && offset <= e.offset() + e.length()) {
				return e;
			}
		}
		return null;
	}
}
