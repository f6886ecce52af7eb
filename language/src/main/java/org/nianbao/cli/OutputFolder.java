package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nianbao.export.WriteFailure;

/** The {@code -o} folder of the writing verbs: made when missing; null, said on {@code err}, when it cannot be. */
final class OutputFolder {

	private OutputFolder() {
	}

	static Path prepare(String output, PrintStream err) {
		Path folder = Path.of(output).toAbsolutePath().normalize();
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			err.println("输出位置不是文件夹：" + output);
			return null;
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			err.println("无法创建输出文件夹 " + output + "：" + WriteFailure.explain(e));
			return null;
		}
		return folder;
	}
}
