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

	private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

	private ValueReader() {
	}

	public static Reading read(Value value, Column column) {
		if (value.isSlash() || value.getNumber() == null) {
			return new Reading(null, "/", ValueProblem.PLACEHOLDER);
		}
		String written = value.getNumber();
		String ascii = toAscii(written);
		String text = (value.isNegative() ? "-" : "") + ascii;
		if (!DECIMAL.matcher(ascii).matches()) {
			return new Reading(null, text, ValueProblem.INVALID);
		}
		BigDecimal number = new BigDecimal(ascii);
		boolean amount = column != null && column.isAmount();
		if (value.isNegative() && number.signum() != 0) {
			return new Reading(null, text, ValueProblem.NEGATIVE);
		}
		if (!amount && ascii.contains(".")) {
			return new Reading(null, text, ValueProblem.DECIMAL_IN_COUNT);
		}
		if (number.compareTo(amount ? MAX_AMOUNT : MAX_COUNT) > 0) {
			return new Reading(null, text, ValueProblem.TOO_LARGE);
		}
		return new Reading(number, ascii, ascii.equals(written) ? null : ValueProblem.FULL_WIDTH);
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
