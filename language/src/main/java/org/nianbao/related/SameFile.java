package org.nianbao.related;

import org.eclipse.emf.common.util.URI;

/**
 * One key per file, however its URI is written: an editor names a file {@code file:///a/%E5%AE%89.nianbao}, a
 * folder scan or the command line {@code file:/a/安.nianbao}.
 */
public final class SameFile {

	private SameFile() {
	}

	/** The file {@code file} as a report in {@code from}'s folder names it by path ({@code towns/甲镇.nianbao}). */
	public static String path(URI from, URI file) {
		URI target = URI.createURI(key(file));
		return URI.decode(target.deresolve(URI.createURI(key(from)), false, true, false).toString());
	}

	public static String key(URI uri) {
		String text = uri.trimFragment().toString();
		if (uri.isFile() && text.startsWith("file:///")) {
			text = "file:/" + text.substring("file:///".length());
		}
		return URI.decode(text);
	}
}
