package org.nianbao.audit;

/**
 * One diagnostic of an audited report, with the source line it points at (empty when there is none) and, for a
 * warning a person explained, the reason written (null otherwise).
 */
public record Problem(int line, int column, String severity, String message, String code, String sourceLine,
		String reason) {

	public Problem(int line, int column, String severity, String message, String code, String sourceLine) {
		this(line, column, severity, message, code, sourceLine, null);
	}

	public boolean isExplained() {
		return reason != null;
	}

	public boolean isError() {
		return "error".equals(severity);
	}

	public boolean isWarning() {
		return "warning".equals(severity);
	}
}
