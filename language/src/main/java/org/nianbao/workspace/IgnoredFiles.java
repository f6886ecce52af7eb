package org.nianbao.workspace;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code .nianbaoignore} files of a folder tree, as with .gitignore: a file is ignored when the list of its own
 * folder, or of any folder above it up to the root, names it (relative to the folder of that list). Each list is read
 * once per instance.
 */
public final class IgnoredFiles {

	private final Path root;
	private final Map<Path, IgnoreFile> lists = new HashMap<>();

	public IgnoredFiles(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** Whether the file is ignored; a file outside the root never is. */
	public boolean contains(Path file) {
		Path path = file.toAbsolutePath().normalize();
		if (!path.startsWith(root)) {
			return false;
		}
		for (Path folder = path.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
			if (lists.computeIfAbsent(folder, IgnoreFile::in).ignores(folder.relativize(path))) {
				return true;
			}
		}
		return false;
	}
}
