package org.nianbao.ide.commands;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;

import com.google.gson.JsonPrimitive;

/**
 * The server command {@code nianbao.reasonCursor [uri, line, character]} that follows {@code ExplainFix}'s edit: asks
 * the editor ({@code window/showDocument}) to put the cursor where the reason is to be written.
 */
public final class ReasonCursor {

	private ReasonCursor() {
	}

	public static Object place(List<Object> args, ILanguageServerAccess access) {
		if (args == null || args.size() < 3) {
			return Map.of("error", "光标位置需要文件 URI、行和列");
		}
		String uri = string(args.get(0));
		Integer line = number(args.get(1));
		Integer character = number(args.get(2));
		if (uri == null || line == null || character == null) {
			return Map.of("error", "光标位置需要文件 URI、行和列");
		}
		Position at = new Position(line, character);
		ShowDocumentParams show = new ShowDocumentParams(uri);
		show.setTakeFocus(true);
		show.setSelection(new Range(at, at));
		@SuppressWarnings("FutureReturnValueIgnored") // the editor moves the cursor or cannot; nothing waits for it
		var unused = access.getLanguageClient().showDocument(show);
		return Map.of("line", line, "character", character);
	}

	private static String string(Object arg) {
		return arg instanceof String s ? s : arg instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
	}

	private static Integer number(Object arg) {
		if (arg instanceof Number n) {
			return n.intValue();
		}
		return arg instanceof JsonPrimitive p && p.isNumber() ? p.getAsInt() : null;
	}
}
