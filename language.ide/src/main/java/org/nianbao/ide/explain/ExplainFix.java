package org.nianbao.ide.explain;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.nianbao.explain.ExplainedIssues;
import org.nianbao.ide.commands.NianbaoCommands;
import org.nianbao.explain.Explanations;

/**
 * The quick fix {@value #TITLE} on every warning: writes {@code // 已核实 CODE：} on a line of its own above the
 * warning's line (indented as it is), and, where the editor can be asked to move the cursor
 * ({@code window/showDocument}), leaves the cursor after the colon, where the reason goes. The explanation without
 * its reason is an error (explanation-incomplete) until the reason is written.
 */
public final class ExplainFix {

	public static final String TITLE = "说明原因…";

	private ExplainFix() {
	}

	public static boolean applies(Diagnostic diagnostic) {
		return diagnostic != null && diagnostic.getSeverity() == DiagnosticSeverity.Warning
				&& diagnostic.getCode() != null
				&& ExplainedIssues.isExplainable(diagnostic.getCode().getLeft());
	}

	/** The fix for a warning, or null for a diagnostic that cannot be explained. */
	public static CodeAction of(Options options, Diagnostic diagnostic) {
		Document document = options.getDocument();
		if (!applies(diagnostic) || document == null) {
			return null;
		}
		String text = document.getContents();
		int line = diagnostic.getRange().getStart().getLine();
		int start = document.getOffSet(new Position(line, 0));
		int end = start;
		while (end < text.length()
				&& (text.charAt(end) == ' ' || text.charAt(end) == '\t' || text.charAt(end) == '\u3000')) {
			end++;
		}
		String newline = text.contains("\r\n") ? "\r\n" : "\n";
		String comment = text.substring(start, end) + "// " + Explanations.KEYWORD + " "
				+ diagnostic.getCode().getLeft() + "：";
		String uri = options.getCodeActionParams().getTextDocument().getUri();
		Position at = new Position(line, 0);
		CodeAction action = new CodeAction(TITLE);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(new Range(at, at), comment + newline)))));
		if (canShowDocument(options.getLanguageServerAccess() == null
				? null
				: options.getLanguageServerAccess().getInitializeParams())) {
			action.setCommand(new Command(TITLE, NianbaoCommands.REASON_CURSOR, List.of(uri, line, comment.length())));
		}
		return action;
	}

	private static boolean canShowDocument(InitializeParams params) {
		ClientCapabilities capabilities = params == null ? null : params.getCapabilities();
		return capabilities != null && capabilities.getWindow() != null
				&& capabilities.getWindow().getShowDocument() != null
				&& capabilities.getWindow().getShowDocument().isSupport();
	}
}
