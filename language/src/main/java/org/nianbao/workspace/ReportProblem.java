package org.nianbao.workspace;

import java.nio.file.Path;

/** One diagnostic as the command line prints it. */
public record ReportProblem(Path file, int line, int column, String severity, String message, String code) {

	public boolean isError() {
		return "error".equals(severity);
	}

	public String toText(Path base) {
		return display(file, base) + ":" + line + ":" + column + ": " + severity + ": " + message
				+ (code == null ? "" : " [" + code + "]");
	}

	public static String display(Path file, Path base) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}
}
