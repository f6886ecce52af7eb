package org.nianbao.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change against last year stated right after a figure: “比上年增加7件”, “同比增长20.6%”, “较上年减少3件”,
 * “与上年持平”. Other ways of speaking of change (multiples, percentage points) are left alone.
 */
public record ChangeStatement(int start, int end, int numberStart, int numberEnd, boolean up, BigDecimal amount,
		boolean percent) {

	private static final Pattern CHANGE = Pattern.compile("\\G[，,、]?\\s*(?:比上年|较上年|比去年|较去年|与上年相比|与去年相比|同比)度?[，,]?"
			+ "(?:(增加|增长|上升|多)|(减少|下降|少))了?(\\d+(?:\\.\\d+)?)(件|起|%|％)(?![0-9]|个百分点)");
	private static final Pattern LEVEL = Pattern.compile("\\G[，,、]?\\s*((?:与上年|与去年|同比)(?:基本)?持平)");

	/** The change stated at {@code from} in the (normalised) text, or null. */
	public static ChangeStatement at(String text, int from) {
		Matcher level = LEVEL.matcher(text);
		if (level.find(from)) {
			return level.group().contains("基本")
					? null
					: new ChangeStatement(from, level.end(), level.start(1), level.end(1), true, BigDecimal.ZERO,
							false);
		}
		Matcher m = CHANGE.matcher(text);
		if (!m.find(from)) {
			return null;
		}
		boolean percent = m.group(4).equals("%") || m.group(4).equals("％");
		return new ChangeStatement(from, m.end(), m.start(3), m.end(3), m.group(1) != null, new BigDecimal(m.group(3)),
				percent);
	}

	/** Whether the change holds between last year's and this year's figure; null when it cannot be said (0 last year). */
	public Boolean holds(BigDecimal thisYear, BigDecimal lastYear) {
		BigDecimal expected = expected(thisYear, lastYear);
		return expected == null ? null : expected.compareTo(said()) == 0;
	}

	/** The change as stated, signed. */
	private BigDecimal said() {
		return (up ? amount : amount.negate()).stripTrailingZeros();
	}

	/** The change the figures give, signed, rounded as the statement rounds; null when a rate has no base. */
	public BigDecimal expected(BigDecimal thisYear, BigDecimal lastYear) {
		BigDecimal difference = thisYear.subtract(lastYear);
		if (!percent) {
			return difference.stripTrailingZeros();
		}
		if (lastYear.signum() == 0) {
			return null;
		}
		return difference.multiply(BigDecimal.valueOf(100))
				.divide(lastYear, Math.max(0, amount.scale()), RoundingMode.HALF_UP)
				.stripTrailingZeros();
	}

	/** How the true change reads: "增加 7 件", "下降 20.6%", "持平". */
	public String describe(BigDecimal change) {
		if (change.signum() == 0) {
			return "持平";
		}
		String word = percent ? (change.signum() > 0 ? "增长" : "下降") : (change.signum() > 0 ? "增加" : "减少");
		return word + " " + Numbers.plain(change.abs()) + (percent ? "%" : " 件");
	}
}
