package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Value;

/** Reads a written figure according to its column's kind: a count or an amount. */
public final class ValueReader {

	/** Counts above this are certainly a typing mistake, even for a province. */
	public static final BigDecimal MAX_COUNT = new BigDecimal("9999999999");
	/** Amounts (万元) above this are certainly a typing mistake. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");
	/** The mark of a blank cell as printed. */
	public static final String BLANK = "_";

	private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

	private ValueReader() {
	}

	/** A value as written in the source, whatever its kind. */
	public static String written(Value value) {
		if (value.isComputed()) {
			return "=";
		}
		if (value.getPlaceholder() != null) {
			return value.getPlaceholder();
		}
		if (value.getStray() != null) {
			return value.getStray();
		}
		return value.getNumber() == null ? "" : value.getNumber();
	}

	/** Reads a value; {@code computable} says whether its cell is a total that may be computed. */
	public static Reading read(Value value, Column column, boolean computable) {
		if (value.isComputed()) {
			return computable ? Reading.computedMark() : new Reading(null, "=", ValueProblem.COMPUTED_NOT_A_TOTAL);
		}
		if (BLANK.equals(value.getPlaceholder())) {
			return new Reading(null, "", ValueProblem.BLANK);
		}
		if (value.getPlaceholder() != null) {
			return new Reading(null, value.getPlaceholder(), ValueProblem.PLACEHOLDER);
		}
		if (value.getStray() != null || value.getNumber() == null) {
			return new Reading(null, written(value), ValueProblem.STRAY);
		}
		String written = value.getNumber();
		String ascii = toAscii(written);
		boolean negative = ascii.startsWith("-");
		String digits = negative ? ascii.substring(1) : ascii;
		if (!DECIMAL.matcher(digits).matches()) {
			return new Reading(null, ascii, ValueProblem.INVALID);
		}
		BigDecimal number = new BigDecimal(digits);
		boolean amount = column != null && column.isAmount();
		if (negative && number.signum() != 0) {
			return new Reading(null, ascii, ValueProblem.NEGATIVE);
		}
		if (!amount && digits.contains(".")) {
			return new Reading(null, ascii, ValueProblem.DECIMAL_IN_COUNT);
		}
		if (number.compareTo(amount ? MAX_AMOUNT : MAX_COUNT) > 0) {
			return new Reading(null, ascii, ValueProblem.TOO_LARGE);
		}
		return new Reading(number, digits, ascii.equals(written) ? null : ValueProblem.FULL_WIDTH);
	}

	/** Full-width digits and points as their ASCII counterparts. */
	public static String toAscii(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '０' && c <= '９') {
				out.append((char) ('0' + (c - '０')));
			} else if (c == '．') {
				out.append('.');
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
