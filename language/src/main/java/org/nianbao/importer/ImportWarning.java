package org.nianbao.importer;

import java.nio.file.Path;

/**
 * Something the importer found different from the official form, or could not decide: where in the source it
 * is ("表格3:第14行", "段落12", "第95行" of a text file) and what it is.
 */
public record ImportWarning(String where, String message) {

	/** {@code path:where: warning: message}, like the validator's {@code path:line:col} lines. */
	public String toText(String path) {
		return path + ":" + where + ": warning: " + message;
	}

	/** The same line for something the import lost: {@code path:where: error: message}. */
	public String toErrorText(String path) {
		return path + ":" + where + ": error: " + message;
	}

	public static String display(Path file, Path base) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}
}
