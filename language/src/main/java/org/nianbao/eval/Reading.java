package org.nianbao.eval;

import java.math.BigDecimal;

/**
 * One written figure as read: its value (null when it cannot be used in sums), the text to print,
 * and what is wrong with it, if anything.
 */
public record Reading(BigDecimal value, String text, ValueProblem problem) {
}
