package org.nianbao.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The .nianbao files named on the command line (folders searched recursively, less what the .nianbaoignore
 * files in them list, as the language server does; a file named explicitly is always taken), and the files
 * beside them, which are loaded too so that forms and reports they name can be found.
 */
public final class SourceFiles {

	public static final String EXTENSION = ".nianbao";

	private final Set<Path> targets = new LinkedHashSet<>();
	private final Set<Path> context = new LinkedHashSet<>();
	private final List<String> missing = new ArrayList<>();

	public SourceFiles(List<String> arguments) {
		for (String argument : arguments) {
			Path path = Path.of(argument).toAbsolutePath().normalize();
			if (Files.isDirectory(path)) {
				List<Path> found = list(path, Integer.MAX_VALUE);
				targets.addAll(found);
				context.addAll(found);
			} else if (Files.isRegularFile(path)) {
				targets.add(path);
				context.addAll(list(path.getParent(), 1));
			} else {
				missing.add(argument);
			}
		}
		context.removeAll(targets);
	}

	private static List<Path> list(Path folder, int depth) {
		IgnoredFiles ignored = new IgnoredFiles(folder);
		try (Stream<Path> files = Files.walk(folder, depth)) {
			return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(EXTENSION))
					.filter(f -> !ignored.contains(f)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The files to check or generate. */
	public Set<Path> targets() {
		return targets;
	}

	/** Further files loaded only so that names in the targets resolve. */
	public Set<Path> context() {
		return context;
	}

	/** Arguments that are neither a file nor a folder. */
	public List<String> missing() {
		return missing;
	}
}
