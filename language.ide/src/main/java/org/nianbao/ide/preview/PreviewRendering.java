package org.nianbao.ide.preview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.html.RenderOptions;
import org.nianbao.html.ReportHtml;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/**
 * The editor's preview of a report, rendered by the one HTML renderer ({@link ReportHtml}) with source lines and a
 * mark on each element a diagnostic points into. A report with syntax errors is not rendered: the answer says where
 * the first one is, and the editor keeps showing the last good rendering.
 */
public class PreviewRendering {

	@Inject
	private ReportEvaluator evaluator;

	@Inject
	private IResourceValidator validator;

	public Map<String, Object> render(Resource resource, CancelIndicator cancel) {
		Map<String, Object> answer = new LinkedHashMap<>();
		if (resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report report)) {
			answer.put("error", "这不是报告文件，没有预览");
			return answer;
		}
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().hasSyntaxErrors()) {
			INode first = xtext.getParseResult().getSyntaxErrors().iterator().next();
			answer.put("syntaxError",
					"第 " + first.getStartLine() + " 行有语法错误：" + first.getSyntaxErrorMessage().getMessage());
			answer.put("line", first.getStartLine());
			return answer;
		}
		List<RenderOptions.Mark> marks = new ArrayList<>();
		int errors = 0;
		for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
			if (issue.getOffset() == null || issue.getSeverity() == null) {
				continue;
			}
			RenderOptions.Severity severity = switch (issue.getSeverity()) {
			case ERROR -> RenderOptions.Severity.ERROR;
			case WARNING -> RenderOptions.Severity.WARNING;
			default -> RenderOptions.Severity.INFO;
			};
			errors += severity == RenderOptions.Severity.ERROR ? 1 : 0;
			marks.add(new RenderOptions.Mark(issue.getOffset(), issue.getLength() == null ? 0 : issue.getLength(),
					severity,
					issue.getMessage()));
		}
		answer.put("html", ReportHtml.article(evaluator.evaluate(report), RenderOptions.preview(marks)));
		answer.put("css", ReportHtml.css());
		answer.put("errors", errors);
		return answer;
	}
}
