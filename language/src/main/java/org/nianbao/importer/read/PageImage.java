package org.nianbao.importer.read;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * The bytes of a page's image as a saved page holds them: inline ({@code data:image/png;base64,…}) or a file the
 * browser saved beside the page ({@code 报告_files/image001.png}), confined to the page's folder. A remote address
 * gives nothing: import never uses the network.
 */
final class PageImage {

	private static final long MAX_BYTES = InputLimits.MAX_FILE_BYTES;

	private PageImage() {
	}

	static byte[] data(String src, Path folder) {
		String s = src == null ? "" : src.strip();
		if (s.regionMatches(true, 0, "data:image/", 0, 11)) {
			int comma = s.indexOf(',');
			if (comma < 0 || !s.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
				return null;
			}
			try {
				return Base64.getMimeDecoder().decode(s.substring(comma + 1));
			} catch (IllegalArgumentException e) {
				return null;
			}
		}
		if (s.isEmpty() || folder == null || s.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || s.startsWith("/")
				|| s.startsWith("\\")) {
			return null; // http:, file:, an absolute path: not the page's own folder
		}
		try {
			String relative = URLDecoder.decode(s.replaceAll("[?#].*$", "").replace("+", "%2B"),
					StandardCharsets.UTF_8);
			Path file = folder.resolve(relative.replace('\\', '/')).normalize();
			if (!file.startsWith(folder) || !Files.isRegularFile(file)
					|| !file.toRealPath().startsWith(folder.toRealPath())
					|| Files.size(file) > MAX_BYTES) {
				return null;
			}
			return Files.readAllBytes(file);
		} catch (IOException | IllegalArgumentException e) { // InvalidPathException too
			return null;
		}
	}
}
