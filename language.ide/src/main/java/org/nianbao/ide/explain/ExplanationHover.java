package org.nianbao.ide.explain;

import java.util.List;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.explain.ExplainedIssues;
import org.nianbao.explain.Explanation;

import com.google.inject.Inject;

/** The hover on an explanation: the warning it covers, with its line and code, or why it covers none. */
public class ExplanationHover {

	@Inject
	private ExplainedWarnings warnings;

	/** The hover at an offset inside an explanation, or null elsewhere. */
	public Hover at(Document document, XtextResource resource, int offset) {
		Explanation explanation = warnings.at(resource, offset);
		if (explanation == null) {
			return null;
		}
		StringBuilder markdown = new StringBuilder();
		List<Issue> covered = warnings.coveredBy(resource, explanation);
		for (Issue issue : covered) {
			markdown.append("**已核实的警告**（第 ").append(issue.getLineNumber()).append(" 行）：").append(issue.getMessage())
					.append(" `[").append(issue.getCode()).append("]`\n\n");
		}
		if (covered.isEmpty()) {
			for (Issue own : warnings.issues(resource)) {
				if (ExplainedIssues.isOwn(own.getCode()) && own.getOffset() != null
						&& own.getOffset() == explanation.offset()) {
					markdown.append("**此说明没有说明任何警告**：").append(own.getMessage()).append("\n\n");
				}
			}
		} else {
			markdown.append("理由：").append(explanation.reason()).append('\n');
		}
		if (markdown.isEmpty()) {
			return null;
		}
		Range range = new Range(document.getPosition(explanation.offset()),
				document.getPosition(explanation.offset() + explanation.length()));
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown.toString()), range);
	}
}
