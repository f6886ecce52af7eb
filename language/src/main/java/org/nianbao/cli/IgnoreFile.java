package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder's {@code .nianbaoignore}: one glob a line (relative to the folder; "#" starts a comment;
 * a pattern ending in "/" ignores that folder), for drafts, archives or deliberately wrong examples.
 */
final class IgnoreFile {

	static final String NAME = ".nianbaoignore";

	private final List<PathMatcher> matchers;

	private IgnoreFile(List<PathMatcher> matchers) {
		this.matchers = matchers;
	}

	static IgnoreFile in(Path folder) {
		Path file = folder.resolve(NAME);
		List<PathMatcher> matchers = new ArrayList<>();
		if (Files.isRegularFile(file)) {
			try {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String pattern = line.strip();
					if (pattern.isEmpty() || pattern.startsWith("#")) {
						continue;
					}
					if (pattern.endsWith("/")) {
						pattern = pattern + "**";
					}
					matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new IgnoreFile(matchers);
	}

	boolean ignores(Path relative) {
		return matchers.stream().anyMatch(m -> m.matches(relative));
	}
}
