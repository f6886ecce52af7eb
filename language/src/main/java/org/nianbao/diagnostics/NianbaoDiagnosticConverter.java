package org.nianbao.diagnostics;

import org.nianbao.issues.IssueData;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.Issue.IssueImpl;

/**
 * Xtext (2.42) fails to compute where a diagnostic ends when it ends at the very end of a file whose last
 * character is a lone carriage return (a file saved with old Mac line endings): its line computation reads one
 * character past the text, and the diagnostic is lost with an error in the log. Such a diagnostic is kept
 * here, ending where it starts.
 */
public class NianbaoDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity,
			IAcceptor<Issue> acceptor) {
		IssueImpl[] converted = new IssueImpl[1];
		try {
			super.convertResourceDiagnostic(diagnostic, severity, issue -> converted[0] = (IssueImpl) issue);
		} catch (IndexOutOfBoundsException e) {
			converted[0] = startOnly(diagnostic, severity);
		}
		if (converted[0] != null) {
			acceptor.accept(converted[0]);
		}
	}

	private static IssueImpl startOnly(Resource.Diagnostic diagnostic, Severity severity) {
		IssueImpl issue = new IssueImpl();
		issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
		issue.setSeverity(severity);
		issue.setLineNumber(diagnostic.getLine());
		issue.setColumn(diagnostic.getColumn());
		issue.setLineNumberEnd(diagnostic.getLine());
		issue.setColumnEnd(diagnostic.getColumn());
		issue.setMessage(diagnostic.getMessage());
		issue.setType(CheckType.FAST);
		if (diagnostic instanceof AbstractDiagnostic located) {
			issue.setOffset(located.getOffset());
			issue.setLength(located.getLength());
			issue.setUriToProblem(located.getUriToProblem());
			issue.setCode(located.getCode());
			IssueData.carry(located, issue);
		}
		return issue;
	}

	@Override
	protected IssueLocation getLocationForNode(INode node, int offset, int length) {
		try {
			return super.getLocationForNode(node, offset, length);
		} catch (IndexOutOfBoundsException e) {
			IssueLocation location = new IssueLocation();
			LineAndColumn start = NodeModelUtils.getLineAndColumn(node, offset);
			location.lineNumber = start.getLine();
			location.column = start.getColumn();
			location.lineNumberEnd = start.getLine();
			location.columnEnd = start.getColumn();
			location.offset = offset;
			location.length = length;
			return location;
		}
	}
}
