package org.nianbao.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.nianbao.related.SameFile;

import com.google.inject.Singleton;

/**
 * The documents the editor has open, known as soon as it says so (before the request waits its turn behind a
 * build): a build checks them before the rest of the folder, so the report on screen gets its diagnostics first.
 */
@Singleton
public class OpenDocumentsFirst {

	private final Set<String> open = ConcurrentHashMap.newKeySet();

	public void opened(URI uri) {
		open.add(SameFile.key(uri));
	}

	public void closed(URI uri) {
		open.remove(SameFile.key(uri));
	}

	/** Moves the open documents to the front, in place; the others keep their order. */
	public void order(List<URI> uris) {
		if (open.isEmpty()) {
			return;
		}
		List<URI> first = new ArrayList<>();
		List<URI> rest = new ArrayList<>();
		for (URI uri : uris) {
			(open.contains(SameFile.key(uri)) ? first : rest).add(uri);
		}
		if (!first.isEmpty()) {
			uris.clear();
			uris.addAll(first);
			uris.addAll(rest);
		}
	}
}
