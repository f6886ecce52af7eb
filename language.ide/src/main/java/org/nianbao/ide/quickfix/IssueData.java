package org.nianbao.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * A diagnostic's issue data. In the server it is the validator's String[]; after a round trip through the client
 * it comes back as JSON.
 */
final class IssueData {

	private IssueData() {
	}

	static List<String> of(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> values = new ArrayList<>();
		if (data instanceof String[] array) {
			values.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				values.add(element.isJsonPrimitive() ? element.getAsString() : element.toString());
			}
		} else if (data instanceof JsonElement element && element.isJsonPrimitive()) {
			values.add(element.getAsString());
		} else if (data instanceof Iterable<?> iterable) {
			iterable.forEach(v -> values.add(String.valueOf(v)));
		} else if (data instanceof String s) {
			values.add(s);
		}
		return values;
	}

	static String first(Diagnostic diagnostic) {
		List<String> values = of(diagnostic);
		return values.isEmpty() ? null : values.get(0);
	}
}
