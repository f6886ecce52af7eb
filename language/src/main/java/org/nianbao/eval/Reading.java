package org.nianbao.eval;

import java.math.BigDecimal;

/**
 * One written figure as read: its value (null when it cannot be used in sums), the text to print,
 * and what is wrong with it, if anything. A computed mark ("=") reads as no value and no text: the
 * evaluator computes the cell.
 */
public record Reading(BigDecimal value, String text, ValueProblem problem, boolean computed) {

	public Reading(BigDecimal value, String text, ValueProblem problem) {
		this(value, text, problem, false);
	}

	static Reading computedMark() {
		return new Reading(null, "", null, true);
	}
}
