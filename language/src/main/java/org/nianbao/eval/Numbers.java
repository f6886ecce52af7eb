package org.nianbao.eval;

import java.math.BigDecimal;

/** How a number appears in a message or a hover: no trailing zeros, no exponent ("12.5", "300"). */
public final class Numbers {

	private Numbers() {
	}

	public static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
	}
}
