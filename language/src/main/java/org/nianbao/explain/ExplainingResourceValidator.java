package org.nianbao.explain;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validation, then the report's explanations applied to what it found: the one place, so that the
 * command line, the language server and the tests see explained warnings alike.
 */
public class ExplainingResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
		if (mode != CheckMode.ALL || !(resource instanceof XtextResource xtext) || xtext.getParseResult() == null
				|| (indicator != null && indicator.isCanceled())) {
			return issues;
		}
		List<Explanation> explanations = Explanations.in(xtext.getParseResult().getRootNode());
		return ExplainedIssues.apply(issues, explanations,
				resource.getContents().isEmpty() ? resource.getURI() : EcoreUtil.getURI(resource.getContents().get(0)));
	}
}
