package org.nianbao.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * A folder's {@code .nianbaoignore}: one glob a line (relative to the folder; "#" starts a comment;
 * a pattern ending in "/" ignores that folder), for drafts, archives or deliberately wrong examples. The command
 * line reads it in a folder it is given, the language server in the workspace folder.
 */
public final class IgnoreFile {

	public static final String NAME = ".nianbaoignore";

	private final List<PathMatcher> matchers;

	private IgnoreFile(List<PathMatcher> matchers) {
		this.matchers = matchers;
	}

	public static IgnoreFile in(Path folder) {
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
					try {
						matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
					} catch (PatternSyntaxException e) {
						// a line that is no glob ignores nothing
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new IgnoreFile(matchers);
	}

	/** Whether the file at this path, relative to the folder, is ignored. */
	public boolean ignores(Path relative) {
		return matchers.stream().anyMatch(m -> m.matches(relative));
	}
}
