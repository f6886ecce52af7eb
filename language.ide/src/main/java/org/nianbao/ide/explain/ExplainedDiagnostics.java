package org.nianbao.ide.explain;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.explain.ExplainedIssues;
import org.nianbao.issues.IssueDatum;

/**
 * A warning a person explained, as the editor shows it: a hint (no squiggle, not in the problems' count), its message
 * followed by the reason, and the explanation as related information so that one click leads to it.
 */
public final class ExplainedDiagnostics {

	private ExplainedDiagnostics() {
	}

	/** The diagnostic of an explained issue as a hint; any other diagnostic unchanged. */
	public static Diagnostic mark(Diagnostic diagnostic, Issue issue, String uri) {
		IssueDatum.Explained reason = ExplainedIssues.isExplained(issue) ? ExplainedIssues.reason(issue) : null;
		if (reason == null) {
			return diagnostic;
		}
		diagnostic.setSeverity(DiagnosticSeverity.Hint);
		if (diagnostic.getMessage() != null && diagnostic.getMessage().isLeft()) {
			diagnostic.setMessage(diagnostic.getMessage().getLeft() + "（已核实：" + reason.text() + "）");
		}
		if (uri != null) {
			Position at = new Position(reason.line() - 1, reason.column() - 1);
			List<DiagnosticRelatedInformation> related = new ArrayList<>(
					diagnostic.getRelatedInformation() == null ? List.of() : diagnostic.getRelatedInformation());
			related.add(new DiagnosticRelatedInformation(new Location(uri, new Range(at, at)), "已核实：" + reason.text()));
			diagnostic.setRelatedInformation(related);
		}
		return diagnostic;
	}
}
