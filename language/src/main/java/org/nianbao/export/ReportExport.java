package org.nianbao.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nianbao.nianbao.Report;

/**
 * The one export policy, for the command line and the server alike: a report with errors is refused unless
 * forced; the document is written whole or not at all ({@link AtomicFileWriter}); the outcome says where it went
 * or why it did not. The callers word the outcome for their users.
 */
public final class ReportExport {

	private ReportExport() {
	}

	/** What became of one export. */
	public sealed interface Outcome {

		/** Written to {@code target}; {@code errors} is above 0 when forced past errors. */
		record Written(Path target, long errors) implements Outcome {
		}

		/** Not written: the report has errors and the export was not forced. */
		record Refused(long errors) implements Outcome {
		}

		/** Not written: the document's name would not be a plain file name in its folder (reason in Chinese). */
		record BadTarget(String reason) implements Outcome {
		}

		/** Not written: writing failed and what was at {@code target} is unchanged (reason in Chinese). */
		record Failed(Path target, String reason) implements Outcome {
		}
	}

	/**
	 * Exports {@code report}, read from {@code source} (null when it is not on disk), as {@code writer}'s document in
	 * {@code folder} (beside the source when null; made when missing). {@code errors} is how many errors validation
	 * found.
	 */
	public static Outcome export(Report report, Path source, Path folder, long errors, boolean force,
			ReportWriter writer) {
		if (errors > 0 && !force) {
			return new Outcome.Refused(errors);
		}
		if (source == null) {
			return new Outcome.BadTarget("只能为磁盘上的报告文件生成" + writer.documentName() + "，请先保存");
		}
		Path target;
		try {
			target = target(source, folder, writer);
		} catch (IllegalArgumentException e) {
			return new Outcome.BadTarget(e.getMessage());
		}
		return exportTo(report, target, errors, force, writer);
	}

	/** Exports {@code report} to a target the caller named (e.g. from the organ and year), with the same policy. */
	public static Outcome exportTo(Report report, Path target, long errors, boolean force, ReportWriter writer) {
		if (errors > 0 && !force) {
			return new Outcome.Refused(errors);
		}
		if (Files.isRegularFile(target) && !writer.isOurs(target)) {
			return new Outcome.BadTarget(target.getFileName() + " 已存在，且不是 Nianbao 生成的" + writer.documentName()
					+ "（可能是导入的原件或手工改过的文件），未覆盖：请把它移走，或写到另一个文件夹（命令行：-o 文件夹，或 --name organ 按机关名称命名）");
		}
		try {
			Files.createDirectories(target.getParent());
			AtomicFileWriter.write(target, out -> writer.write(report, out, errors));
		} catch (IOException | RuntimeException e) {
			return new Outcome.Failed(target, WriteFailure.explain(e));
		}
		return new Outcome.Written(target, errors);
	}

	/** Writes a page made of many reports (the audit page) to {@code target}, whole or not at all. */
	public static Outcome writePage(Path target, String html) {
		try {
			Path parent = target.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			AtomicFileWriter.write(target, out -> out.write(bytes));
		} catch (IOException | RuntimeException e) {
			return new Outcome.Failed(target, WriteFailure.explain(e));
		}
		return new Outcome.Written(target, 0);
	}

	/** Where {@code writer}'s document for {@code source} goes (see {@link OutputPaths}). */
	public static Path target(Path source, Path folder, ReportWriter writer) {
		return OutputPaths.outputFor(source, folder, writer.extension());
	}
}
