package org.nianbao.export;

import java.nio.file.Path;

/** Where a report's document goes: NAME.docx beside the report, or in a chosen folder, and never outside it. */
public final class OutputPaths {

	public static final String REPORT_EXTENSION = ".nianbao";
	public static final String DOCX_EXTENSION = ".docx";
	public static final String HTML_EXTENSION = ".html";

	private OutputPaths() {
	}

	/** NAME.docx for NAME.nianbao, in {@code folder} or, when it is null, beside the report. */
	public static Path docxFor(Path report, Path folder) {
		return outputFor(report, folder, DOCX_EXTENSION);
	}

	/** NAME{@code extension} for NAME.nianbao, in {@code folder} or, when it is null, beside the report. */
	public static Path outputFor(Path report, Path folder, String extension) {
		String file = report.getFileName().toString();
		String name = file.endsWith(REPORT_EXTENSION) ? file.substring(0, file.length() - REPORT_EXTENSION.length())
				: file;
		Path target = folder != null ? folder : report.toAbsolutePath().getParent();
		return inside(target, name + extension);
	}

	/**
	 * The file {@code fileName} directly inside {@code folder}.
	 *
	 * @throws IllegalArgumentException when the name is not a plain file name and would land elsewhere
	 */
	public static Path inside(Path folder, String fileName) {
		Path base = folder.toAbsolutePath().normalize();
		boolean plain = !fileName.isEmpty() && !fileName.contains("/") && !fileName.contains("\\")
				&& !fileName.equals(".") && !fileName.equals("..") && fileName.indexOf('\0') < 0;
		Path target = plain ? base.resolve(fileName).normalize() : null;
		if (target == null || !base.equals(target.getParent())) {
			throw new IllegalArgumentException("输出文件名“" + fileName + "”不是普通文件名，会写到“" + base + "”之外");
		}
		return target;
	}
}
