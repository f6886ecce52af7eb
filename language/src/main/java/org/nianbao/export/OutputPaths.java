package org.nianbao.export;

import java.nio.file.Path;

/** Where a report's document goes: NAME.docx beside the report, or in a chosen folder, and never outside it. */
public final class OutputPaths {

	public static final String REPORT_EXTENSION = ".nianbao";
	public static final String DOCX_EXTENSION = ".docx";
	public static final String HTML_EXTENSION = ".html";

	private static final int MAX_ORGAN = 40;

	private OutputPaths() {
	}

	/** NAME{@code extension} for NAME.nianbao, in {@code folder} or, when it is null, beside the report. */
	public static Path outputFor(Path report, Path folder, String extension) {
		String file = report.getFileName().toString();
		String name = file.endsWith(REPORT_EXTENSION)
				? file.substring(0, file.length() - REPORT_EXTENSION.length())
				: file;
		Path target = folder != null ? folder : report.toAbsolutePath().getParent();
		return inside(target, name + extension);
	}

	/**
	 * The name offices publish under, 机关名称 + 年度 + 政府信息公开工作年度报告.docx, in {@code folder} or beside the
	 * report; NAME.docx when the report names no organ or year. Characters file systems refuse are dropped.
	 */
	public static Path organDocxFor(Path report, Path folder, String organ, String year) {
		return organFor(report, folder, organ, year, DOCX_EXTENSION);
	}

	/** As {@link #organDocxFor} for a document of any kind ({@code extension} with its dot). */
	public static Path organFor(Path report, Path folder, String organ, String year, String extension) {
		String safeOrgan = organName(organ);
		if (safeOrgan.isEmpty() || year == null || !year.matches("[0-9]{4}")) {
			return outputFor(report, folder, extension);
		}
		Path target = folder != null ? folder : report.toAbsolutePath().getParent();
		return inside(target, safeOrgan + year + "年政府信息公开工作年度报告" + extension);
	}

	/**
	 * An organ's name as a piece of a file name, the one rule for documents, new reports and the editor's
	 * {@code targets.ts} (the test fixture {@code vscode-extension/test/organ-file-names.tsv} holds both to it):
	 * without the characters file systems refuse, control characters and spaces; without leading dots and hyphens
	 * (a hidden file, an option on a command line); at most 40 characters. "" when nothing is left.
	 */
	public static String organName(String organ) {
		// (?U): Unicode spaces and controls (the ideographic space, NBSP, NEL), as JavaScript's \s and \p{Cc} match
		String safe = organ == null
				? ""
				: organ.replaceAll("(?U)[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "").replaceFirst("^[.\\-]+", "");
		return safe.codePointCount(0, safe.length()) > MAX_ORGAN
				? safe.substring(0, safe.offsetByCodePoints(0, MAX_ORGAN))
				: safe;
	}

	/** A new report's file name: ORGAN-YEAR.nianbao, 报告-YEAR.nianbao when the organ leaves nothing. */
	public static String reportFileName(String organ, String year) {
		String safe = organName(organ);
		return (safe.isEmpty() ? "报告" : safe) + "-" + year + REPORT_EXTENSION;
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
