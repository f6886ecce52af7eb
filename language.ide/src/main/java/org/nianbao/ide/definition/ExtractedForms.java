package org.nianbao.ide.definition;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.nianbao.export.AtomicFileWriter;

import com.google.inject.Singleton;

/**
 * Copies files that live inside the jar to a cache folder (once per jar version and server), so that an editor
 * can open them. The copies are read-only: the built-in form is changed in the sources, not there.
 */
@Singleton
public class ExtractedForms {

	private static final Logger LOG = Logger.getLogger(ExtractedForms.class.getName());

	private final Map<String, String> copies = new ConcurrentHashMap<>();

	/** A {@code file:} URI for a {@code jar:} one; any other URI unchanged (also when the copy fails). */
	public String readableUri(String uri) {
		if (uri == null || !uri.startsWith("jar:")) {
			return uri;
		}
		return copies.computeIfAbsent(uri, this::extract);
	}

	private String extract(String jarUri) {
		int separator = jarUri.indexOf("!/");
		if (separator < 0) {
			return jarUri;
		}
		String entry = jarUri.substring(separator + 2);
		String jar = jarUri.substring("jar:".length(), separator);
		Path folder = Path.of(System.getProperty("java.io.tmpdir"), "nianbao-forms",
				Integer.toHexString(jar.hashCode()) + "-" + Long.toHexString(lastModified(jar)));
		Path target = folder.resolve(entry);
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				try (InputStream in = new URL(jarUri).openStream()) {
					AtomicFileWriter.write(target, in::transferTo);
				} catch (IOException e) {
					if (!Files.exists(target)) {
						throw e;
					} // else another server copied it first (and made it read-only)
				}
				target.toFile().setReadOnly();
			}
			return target.toUri().toString();
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "无法复制内置格式 " + jarUri + "：" + e.getMessage());
			return jarUri;
		}
	}

	private static long lastModified(String fileUri) {
		try {
			return Path.of(new URL(fileUri).toURI()).toFile().lastModified();
		} catch (Exception e) {
			return 0;
		}
	}
}
