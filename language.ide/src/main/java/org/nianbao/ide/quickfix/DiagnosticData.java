package org.nianbao.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.nianbao.issues.IssueData;
import org.nianbao.issues.IssueDatum;

/**
 * A diagnostic's data as the quick fixes receive it: in the server the validator's, after a round trip through the
 * client JSON, either way decoded by {@link IssueData}. The one class of the server that reads a diagnostic's data.
 */
final class DiagnosticData {

	private DiagnosticData() {
	}

	static List<IssueDatum> of(Diagnostic diagnostic) {
		return IssueData.decodeTransported(diagnostic.getData());
	}

	/** The first datum of this kind, or null. */
	static <T extends IssueDatum> T first(Diagnostic diagnostic, Class<T> kind) {
		return IssueData.first(of(diagnostic), kind);
	}
}
