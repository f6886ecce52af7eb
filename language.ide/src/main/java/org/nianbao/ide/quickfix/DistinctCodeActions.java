package org.nianbao.ide.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.nianbao.ide.explain.ExplainFix;

/**
 * Xtext offers the fixes of each diagnostic under the cursor; a cell reported twice (a total both across and down)
 * would list the same fix twice. One action per title and edit; the first keeps both diagnostics it fixes. Every
 * warning also gets {@link ExplainFix} (说明原因…).
 */
public class DistinctCodeActions extends QuickFixCodeActionService {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> distinct = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<CodeAction> kept = new ArrayList<>();
		for (Either<Command, CodeAction> action : super.getCodeActions(options)) {
			if (action.isRight()) {
				CodeAction fix = action.getRight();
				String key = fix.getTitle() + "\u0000" + fix.getEdit();
				if (!seen.add(key)) {
					CodeAction first = kept.stream().filter(k -> (k.getTitle() + "\u0000" + k.getEdit()).equals(key))
							.findFirst().orElseThrow();
					if (fix.getDiagnostics() != null && first.getDiagnostics() != null) {
						List<org.eclipse.lsp4j.Diagnostic> both = new ArrayList<>(first.getDiagnostics());
						fix.getDiagnostics().stream().filter(d -> !both.contains(d)).forEach(both::add);
						first.setDiagnostics(both);
					}
					continue;
				}
				kept.add(fix);
			}
			distinct.add(action);
		}
		return distinct;
	}

	/** Every warning can be explained, so every warning has a fix. */
	@Override
	protected boolean handlesDiagnostic(Diagnostic diagnostic) {
		return super.handlesDiagnostic(diagnostic) || ExplainFix.applies(diagnostic);
	}

	@Override
	protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>(
				super.handlesDiagnostic(diagnostic) ? super.getCodeActions(options, diagnostic) : List.of());
		CodeAction explain = ExplainFix.of(options, diagnostic);
		if (explain != null) {
			actions.add(Either.forRight(explain));
		}
		return actions;
	}
}
