package org.nianbao.workspace;

import java.nio.file.Path;
import java.util.List;

import org.nianbao.issues.IssueDatum;

/**
 * One diagnostic as the command line prints it, with the places it relates to (printed as {@code note:} lines) and,
 * for a warning a person explained in the report, the explanation (null otherwise).
 */
public record ReportProblem(Path file, int line, int column, String severity, String message, String code,
		List<IssueDatum.Related> related, IssueDatum.Explained explanation) {

	public ReportProblem(Path file, int line, int column, String severity, String message, String code) {
		this(file, line, column, severity, message, code, List.of(), null);
	}

	public ReportProblem(Path file, int line, int column, String severity, String message, String code,
			List<IssueDatum.Related> related) {
		this(file, line, column, severity, message, code, related, null);
	}

	public boolean isExplained() {
		return explanation != null;
	}

	public boolean isWarning() {
		return "warning".equals(severity);
	}

	public boolean isError() {
		return "error".equals(severity);
	}

	public String toText(Path base) {
		StringBuilder text = new StringBuilder(display(file, base) + ":" + line + ":" + column + ": "
				+ (isExplained() ? "explained" : severity) + ": " + message + (code == null ? "" : " [" + code + "]"));
		if (isExplained()) {
			text.append(System.lineSeparator()).append("    ").append(display(file, base)).append(':')
					.append(explanation.line()).append(':').append(explanation.column()).append(": 已核实：")
					.append(explanation.text());
		}
		for (IssueDatum.Related at : related) {
			text.append(System.lineSeparator()).append("    ").append(display(file, base)).append(':').append(at.line())
					.append(':').append(at.column()).append(": note: ").append(at.message());
		}
		return text.toString();
	}

	public static String display(Path file, Path base) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}
}
