package org.nianbao.ide.server;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.UnknownProjectConfig;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Inject;

/**
 * Works without a workspace folder. An editor opened on one file (VS Code after a double-click) sends
 * {@code rootUri: null} and no folders; Xtext failed on that with a NullPointerException and the window had no
 * language support. Here the server starts with no folder, and a file opened outside every folder brings its own
 * folder in ({@link LooseFolders}: the files directly in it), so last year's report beside it is found by path or by
 * name and the document can be generated next to it.
 */
public class FolderlessWorkspaceManager extends DeferringWorkspaceManager {

	@Inject
	private LooseFolders looseFolders;

	@Override
	public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
			CancelIndicator cancelIndicator) {
		if (baseDir == null) {
			initialize(List.of(), issueAcceptor, cancelIndicator);
		} else {
			super.initialize(baseDir, issueAcceptor, cancelIndicator);
		}
	}

	@Override
	public BuildManager.Buildable didOpen(URI uri, Integer version, String content) {
		if (uri != null && uri.isFile() && outsideEveryFolder(uri)) {
			addFolderOf(uri);
		}
		return super.didOpen(uri, version, content);
	}

	/** Xtext puts such a file into an unnamed project of its own, where no other report can be found by name. */
	private boolean outsideEveryFolder(URI uri) {
		IProjectConfig project = getProjectConfig(uri);
		return project == null || project instanceof UnknownProjectConfig;
	}

	private void addFolderOf(URI file) {
		Path folder = Path.of(file.toFileString()).toAbsolutePath().normalize().getParent();
		if (folder == null) {
			return;
		}
		looseFolders.add(folder);
		String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
		WorkspaceFolder added = new WorkspaceFolder(URI.createFileURI(folder.toString()).toString(), name);
		didChangeWorkspaceFolders(
				new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(List.of(added), List.of())),
				CancelIndicator.NullImpl);
	}
}
