package org.nianbao.ide.server;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.nianbao.workspace.IgnoredFiles;

/**
 * Lists the workspace's files for the first build. Unlike Xtext's scanner it skips what it cannot read instead of
 * failing the whole start: under a C locale Java cannot name files with Chinese names (they are still checked once
 * the editor opens them). Hidden folders and node_modules are not searched, nor what a {@code .nianbaoignore} in the
 * workspace folder or below lists ({@link IgnoredFiles}); {@link IgnoringWorkspaceManager} keeps them out afterwards.
 */
public class ReadableFilesScanner implements IFileSystemScanner {

	private static final Logger LOG = Logger.getLogger(ReadableFilesScanner.class.getName());

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		if (root != null && root.isFile()) {
			File folder = new File(root.toFileString());
			IgnoredFiles ignored = new IgnoredFiles(folder.toPath());
			scan(folder, uri -> {
				if (!ignored.contains(Path.of(uri.toFileString()))) {
					acceptor.accept(uri);
				}
			});
		}
	}

	private void scan(File file, IAcceptor<URI> acceptor) {
		String name = file.getName();
		try {
			file.toPath(); // fails for a name the platform charset cannot represent
		} catch (InvalidPathException e) {
			LOG.warning("跳过无法读取文件名的文件（请在 UTF-8 区域设置下启动，例如 LC_ALL=C.UTF-8）：" + file);
			return;
		}
		if (file.isDirectory()) {
			if (name.startsWith(".") || name.equals("node_modules")) {
				return;
			}
			File[] children = file.listFiles();
			if (children != null) {
				for (File child : children) {
					scan(child, acceptor);
				}
			}
		} else if (file.isFile()) {
			acceptor.accept(URI.createFileURI(file.getAbsolutePath()));
		}
	}
}
