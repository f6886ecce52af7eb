package org.nianbao.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AntlrProposalConflictHelper;

import com.google.inject.Singleton;

/**
 * Xtext's helper keeps its three lexers in fields of one shared instance, and the server answers completion
 * requests on several threads at once: two requests then read each other's text, and one fails inside the lexer
 * (found by the fuzz test). One check at a time; each takes microseconds.
 */
@Singleton
public class ThreadSafeConflictHelper extends AntlrProposalConflictHelper {

	@Override
	public synchronized boolean existsConflict(String lastCompleteText, String proposal, ContentAssistContext context) {
		return super.existsConflict(lastCompleteText, proposal, context);
	}
}
