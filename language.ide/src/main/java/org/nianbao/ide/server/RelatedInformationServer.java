package org.nianbao.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.issues.IssueData;
import org.nianbao.issues.IssueDatum;

import com.google.inject.Inject;

/** Diagnostics carry the places they relate to (the cells a wrong total summed) as LSP related information. */
public class RelatedInformationServer extends CommandsForEveryClient {

	@Inject
	private UriExtensions uris;

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		List<IssueDatum.Related> related = IssueData.all(issue, IssueDatum.Related.class);
		if (related.isEmpty() || issue.getUriToProblem() == null) {
			return diagnostic;
		}
		String uri = uris.toUriString(issue.getUriToProblem().trimFragment());
		List<DiagnosticRelatedInformation> information = new ArrayList<>();
		for (IssueDatum.Related at : related) {
			Range range = new Range(new Position(at.line() - 1, at.column() - 1),
					new Position(at.endLine() - 1, at.endColumn() - 1));
			information.add(new DiagnosticRelatedInformation(new Location(uri, range), at.message()));
		}
		diagnostic.setRelatedInformation(information);
		return diagnostic;
	}
}
