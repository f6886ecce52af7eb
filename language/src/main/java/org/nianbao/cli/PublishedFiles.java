package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.nianbao.importer.Importer;

/** Published reports (Word, web pages, text) in the folders a user named, when no .nianbao report was found there. */
final class PublishedFiles {

	private PublishedFiles() {
	}

	/** "（其中有 3 个已发布的报告文件……请先用 nianbao import 导入）", or "" when there are none. */
	static String hint(List<String> paths) {
		long count = 0;
		for (String name : paths) {
			Path folder = Path.of(name);
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder, 8)) {
				count += files.filter(f -> Files.isRegularFile(f) && Importer.canRead(f)).count();
			} catch (IOException | UncheckedIOException e) {
				// unreadable folders were named when the reports were looked for
			}
		}
		return count == 0 ? "" : "（文件夹中有 " + count + " 个已发布的报告文件，如 Word、网页：请先用 nianbao import 导入，再检查导入得到的 .nianbao 文件）";
	}
}
