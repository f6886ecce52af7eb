package org.nianbao.eval;

/** What is wrong with one written figure. */
public enum ValueProblem {
	/** "/" or similar written where a number belongs. */
	PLACEHOLDER,
	/** Not a decimal number (thousands separators, several points, …). */
	INVALID,
	NEGATIVE,
	/** A fraction in a column that counts things. */
	DECIMAL_IN_COUNT,
	TOO_LARGE,
	/** Full-width digits: read as the digits they are, but the printed table wants ASCII. */
	FULL_WIDTH
}
