package org.nianbao.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.nianbao.workspace.IgnoredFiles;

/**
 * Keeps what a {@code .nianbaoignore} lists out of the workspace after the first build too: a listed file that is
 * not open in the editor is treated as absent when it appears or changes on disk, and when the editor closes it (so
 * its diagnostics go away). While open it is checked like any other.
 */
public class IgnoringWorkspaceManager extends FolderlessWorkspaceManager {

	@Override
	public BuildManager.Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
		List<URI> dirty = new ArrayList<>();
		List<URI> deleted = new ArrayList<>(deletedFiles);
		for (URI uri : dirtyFiles) {
			(ignored(uri) ? deleted : dirty).add(uri);
		}
		return super.didChangeFiles(dirty, deleted);
	}

	private boolean ignored(URI uri) {
		if (!uri.isFile() || isDocumentOpen(uri)) {
			return false;
		}
		URI base = getProjectBaseDir(uri);
		return base != null && base.isFile()
				&& new IgnoredFiles(Path.of(base.toFileString())).contains(Path.of(uri.toFileString()));
	}
}
