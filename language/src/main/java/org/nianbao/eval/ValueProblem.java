package org.nianbao.eval;

/** What is wrong with one written figure. */
public enum ValueProblem {
	/** What clerks print instead of 0: "/", a dash, "〇", "无", "空". */
	PLACEHOLDER,
	/** "_": a cell printed blank. */
	BLANK,
	/** A character that is not a figure at all, e.g. a full-width bracket. */
	STRAY,
	/** "=" in a cell that is not a total: only totals can be computed. */
	COMPUTED_NOT_A_TOTAL,
	/** Not a decimal number (thousands separators, several points, …). */
	INVALID, NEGATIVE,
	/** A fraction in a column that counts things. */
	DECIMAL_IN_COUNT, TOO_LARGE,
	/** Full-width digits: read as the digits they are, but the printed table wants ASCII. */
	FULL_WIDTH
}
