package org.nianbao.issues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The one codec between {@link IssueDatum}s and Xtext's issue data. Xtext carries what a diagnostic holds besides
 * its message as a {@code String[]} (on an {@link Issue}, a validator's message, a linking message, and as the LSP
 * diagnostic's {@code data}, which comes back from the client as JSON); that array is the boundary Xtext forces on
 * us, and this is the only class that writes or reads it. Each datum is one element: a JSON object whose one member
 * is named by the record's kind ({@code {"Replacement":{"text":"0"}}}), so a message holding {@code :}, quotes or
 * line breaks comes back as it went in. An element that is not ours (another tool's data) is skipped.
 */
public final class IssueData {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private static final Map<String, Class<? extends IssueDatum>> KINDS = kinds();

	private IssueData() {
	}

	public static String[] encode(IssueDatum... data) {
		return encode(Arrays.asList(data));
	}

	public static String[] encode(List<? extends IssueDatum> data) {
		String[] encoded = new String[data.size()];
		for (int i = 0; i < encoded.length; i++) {
			IssueDatum datum = data.get(i);
			JsonObject element = new JsonObject();
			element.add(datum.getClass().getSimpleName(), GSON.toJsonTree(datum));
			encoded[i] = GSON.toJson(element);
		}
		return encoded;
	}

	public static List<IssueDatum> decode(String[] data) {
		return data == null ? List.of() : decode(Arrays.asList(data));
	}

	/**
	 * The data as it comes back in an LSP diagnostic: the server's {@code String[]}, or after the client's round
	 * trip a JSON array of strings.
	 */
	public static List<IssueDatum> decodeTransported(Object data) {
		List<String> strings = new ArrayList<>();
		if (data instanceof String[] array) {
			strings.addAll(Arrays.asList(array));
		} else if (data instanceof Iterable<?> iterable) {
			for (Object element : iterable) {
				strings.add(element instanceof JsonElement json && json.isJsonPrimitive()
						? json.getAsString()
						: String.valueOf(element));
			}
		} else if (data instanceof JsonElement json && json.isJsonPrimitive()) {
			strings.add(json.getAsString());
		} else if (data instanceof String s) {
			strings.add(s);
		}
		return decode(strings);
	}

	public static List<IssueDatum> of(Issue issue) {
		return decode(issue.getData());
	}

	/** The data of this kind, in order. */
	public static <T extends IssueDatum> List<T> all(List<IssueDatum> data, Class<T> kind) {
		return data.stream().filter(kind::isInstance).map(kind::cast).toList();
	}

	/** The first datum of this kind, or null. */
	public static <T extends IssueDatum> T first(List<IssueDatum> data, Class<T> kind) {
		return data.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElse(null);
	}

	public static <T extends IssueDatum> T first(Issue issue, Class<T> kind) {
		return first(of(issue), kind);
	}

	public static <T extends IssueDatum> List<T> all(Issue issue, Class<T> kind) {
		return all(of(issue), kind);
	}

	public static void set(Issue.IssueImpl issue, List<? extends IssueDatum> data) {
		issue.setData(encode(data));
	}

	/** The issue's data and one datum more. */
	public static void add(Issue.IssueImpl issue, IssueDatum datum) {
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		String[] more = Arrays.copyOf(data, data.length + 1);
		more[data.length] = encode(datum)[0];
		issue.setData(more);
	}

	/** A diagnostic's data handed on unread to the issue made of it. */
	public static void carry(AbstractDiagnostic from, Issue.IssueImpl to) {
		to.setData(from.getData());
	}

	/** An issue's data handed on unread to its copy. */
	public static void carry(Issue from, Issue.IssueImpl to) {
		to.setData(from.getData());
	}

	/** A linking diagnostic's message with its data. */
	public static DiagnosticMessage message(String message, Severity severity, String code, IssueDatum... data) {
		return new DiagnosticMessage(message, severity, code, encode(data));
	}

	private static List<IssueDatum> decode(List<String> data) {
		List<IssueDatum> decoded = new ArrayList<>();
		for (String element : data) {
			IssueDatum datum = decode(element);
			if (datum != null) {
				decoded.add(datum);
			}
		}
		return decoded;
	}

	private static IssueDatum decode(String element) {
		if (element == null || !element.startsWith("{")) {
			return null;
		}
		try {
			JsonObject object = JsonParser.parseString(element).getAsJsonObject();
			if (object.size() != 1) {
				return null;
			}
			var member = object.entrySet().iterator().next();
			Class<? extends IssueDatum> kind = KINDS.get(member.getKey());
			return kind == null ? null : GSON.fromJson(member.getValue(), kind);
		} catch (RuntimeException e) {
			return null; // not ours, or not whole: a client may send anything back
		}
	}

	private static Map<String, Class<? extends IssueDatum>> kinds() {
		Map<String, Class<? extends IssueDatum>> kinds = new HashMap<>();
		for (Class<?> kind : IssueDatum.class.getPermittedSubclasses()) {
			kinds.put(kind.getSimpleName(), kind.asSubclass(IssueDatum.class));
		}
		return kinds;
	}
}
