package org.nianbao.audit;

/** One diagnostic of an audited report, with the source line it points at (empty when there is none). */
public record Problem(int line, int column, String severity, String message, String code, String sourceLine) {

	public boolean isError() {
		return "error".equals(severity);
	}

	public boolean isWarning() {
		return "warning".equals(severity);
	}
}
