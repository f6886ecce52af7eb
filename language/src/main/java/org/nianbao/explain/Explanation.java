package org.nianbao.explain;

/**
 * One {@code // 已核实 CODE：REASON} line of a report: a person checked the warning CODE on the target line and says
 * why the report is right as it is. {@code code} or {@code reason} is empty when not written. Lines are 1-based;
 * {@code target} is 0 when nothing follows the explanation.
 */
public record Explanation(String code, String reason, int offset, int length, int line, int column, int target) {

	public boolean isComplete() {
		return !code.isEmpty() && !reason.isEmpty();
	}
}
