package org.nianbao.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Singleton;

/**
 * The documents the editor has open, known as soon as it says so (before the request waits its turn behind a
 * build): a build checks them before the rest of the folder, so the report on screen gets its diagnostics first.
 */
@Singleton
public class OpenDocumentsFirst {

	private final Set<String> open = ConcurrentHashMap.newKeySet();

	public void opened(URI uri) {
		open.add(key(uri));
	}

	public void closed(URI uri) {
		open.remove(key(uri));
	}

	/** Moves the open documents to the front, in place; the others keep their order. */
	public void order(List<URI> uris) {
		if (open.isEmpty()) {
			return;
		}
		List<URI> first = new ArrayList<>();
		List<URI> rest = new ArrayList<>();
		for (URI uri : uris) {
			(open.contains(key(uri)) ? first : rest).add(uri);
		}
		if (!first.isEmpty()) {
			uris.clear();
			uris.addAll(first);
			uris.addAll(rest);
		}
	}

	/**
	 * The editor names a file {@code file:///a/%E5%AE%89.nianbao}, Xtext's scan of the folder {@code file:/a/安.nianbao}:
	 * the same file.
	 */
	private static String key(URI uri) {
		String text = uri.toString();
		if (uri.isFile() && text.startsWith("file:///")) {
			text = "file:/" + text.substring("file:///".length());
		}
		return URI.decode(text);
	}
}
