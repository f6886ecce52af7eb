package org.nianbao.ide.server;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.google.inject.Singleton;

/**
 * The folders of files opened without a workspace folder (a clerk double-clicked one report). Such a folder may be
 * a home or downloads folder: only the files directly in it are read, never its subfolders.
 */
@Singleton
public class LooseFolders {

	private final Set<Path> folders = ConcurrentHashMap.newKeySet();

	void add(Path folder) {
		folders.add(folder.toAbsolutePath().normalize());
	}

	boolean contains(Path folder) {
		return folders.contains(folder.toAbsolutePath().normalize());
	}
}
