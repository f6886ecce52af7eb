package org.nianbao.workspace;

import java.nio.file.Path;
import java.util.Locale;

import org.nianbao.importer.Importer;

/**
 * Why a file named on the command line is not a report to check: a published report not yet imported, a report
 * saved with an extra or upper-case extension, or any other file. Null for a .nianbao file.
 */
public final class NotAReport {

	static final String GENERIC = "不是 .nianbao 报告文件，未检查：报告文件的扩展名是 .nianbao";

	private NotAReport() {
	}

	public static String reason(Path file) {
		String name = file.getFileName().toString();
		if (name.endsWith(".nianbao")) {
			return null;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".nianbao")) {
			return "扩展名应为小写的 .nianbao，未检查：请把“" + name + "”改名为“" + name.substring(0, name.length() - 8) + ".nianbao”";
		}
		if (lower.endsWith(".nianbao.txt")) {
			return "文件名末尾多了 .txt（记事本另存时常会加上），未检查：请改名为“" + name.substring(0, name.length() - 4) + "”";
		}
		if (Importer.canRead(file)) {
			return "这是已发布的报告文件，不是 .nianbao 报告，未检查：请先用 nianbao import 导入，再检查导入得到的 .nianbao 文件";
		}
		return GENERIC;
	}
}
