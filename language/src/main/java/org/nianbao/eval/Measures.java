package org.nianbao.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.eval.MainFigures.Figure;

/**
 * The measures evaluators and supervisors publish, of one report or of a region's reports summed: 实质公开率, the
 * correction rates of administrative review and of litigation, the share of requests carried over, the change of
 * new requests against last year, the share published on time. Each is a {@link Rate} whose percentage is null
 * when there is nothing to measure (no request, no concluded case): never 0 % or 100 % by default.
 */
public final class Measures {

	/** A ratio as a percentage with one decimal, or null when the denominator is zero or a figure is missing. */
	public record Rate(BigDecimal numerator, BigDecimal denominator) {

		public BigDecimal percent() {
			if (numerator == null || denominator == null || denominator.signum() == 0) {
				return null;
			}
			return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
		}
	}

	/** One report's (or a region's) measures from its figures. */
	public record Of(Rate substantive, Rate reviewCorrected, Rate litigationCorrected, Rate carriedOver) {
	}

	public static final Figure REVIEW_UPHELD = new Figure("复议结果维持", "案件数", "复议维持");
	public static final Figure REVIEW_CORRECTED = new Figure("复议结果纠正", "案件数", "复议纠正");
	public static final Figure REVIEW_OTHER = new Figure("复议其他结果", "案件数", "复议其他");
	public static final List<Figure> LAWSUIT_UPHELD = List.of(new Figure("直诉结果维持", "案件数", "直诉维持"),
			new Figure("复诉结果维持", "案件数", "复诉维持"));
	public static final List<Figure> LAWSUIT_CORRECTED = List.of(new Figure("直诉结果纠正", "案件数", "直诉纠正"),
			new Figure("复诉结果纠正", "案件数", "复诉纠正"));
	public static final List<Figure> LAWSUIT_OTHER = List.of(new Figure("直诉其他结果", "案件数", "直诉其他"),
			new Figure("复诉其他结果", "案件数", "复诉其他"));

	/** The concluded cases of table 4 by outcome (尚未审结 is no outcome), read besides {@link MainFigures}. */
	public static final List<Figure> OUTCOMES = outcomes();

	private static final Figure DISCLOSED = MainFigures.RESULTS.get(0);
	private static final Figure PARTLY = MainFigures.RESULTS.get(1);

	private Measures() {
	}

	private static List<Figure> outcomes() {
		List<Figure> all = new ArrayList<>(List.of(REVIEW_UPHELD, REVIEW_CORRECTED, REVIEW_OTHER));
		all.addAll(LAWSUIT_UPHELD);
		all.addAll(LAWSUIT_CORRECTED);
		all.addAll(LAWSUIT_OTHER);
		return List.copyOf(all);
	}

	/** The report's table-4 outcomes by label (to be kept beside its {@link MainFigures#of main figures}). */
	public static Map<String, BigDecimal> outcomes(ReportEvaluation evaluation) {
		return MainFigures.values(evaluation, OUTCOMES);
	}

	/** The measures of figures read by {@link MainFigures#of} and {@link #outcomes}, or summed by {@link #total}. */
	public static Of of(Map<String, BigDecimal> figures) {
		Rate substantive = new Rate(sum(figures, List.of(DISCLOSED, PARTLY)), figures.get(MainFigures.HANDLED.label()));
		Rate review = new Rate(figures.get(REVIEW_CORRECTED.label()),
				sum(figures, List.of(REVIEW_UPHELD, REVIEW_CORRECTED, REVIEW_OTHER)));
		List<Figure> concluded = new ArrayList<>(LAWSUIT_UPHELD);
		concluded.addAll(LAWSUIT_CORRECTED);
		concluded.addAll(LAWSUIT_OTHER);
		Rate litigation = new Rate(sum(figures, LAWSUIT_CORRECTED), sum(figures, concluded));
		Rate carried = new Rate(figures.get(MainFigures.CARRIED_OUT.label()),
				sum(figures, List.of(MainFigures.RECEIVED, MainFigures.CARRIED_IN)));
		return new Of(substantive, review, litigation, carried);
	}

	/** The change of new requests against last year's, as a share of last year's. */
	public static Rate receivedChange(Map<String, BigDecimal> figures, Map<String, BigDecimal> lastYear) {
		BigDecimal now = figures.get(MainFigures.RECEIVED.label());
		BigDecimal before = lastYear == null ? null : lastYear.get(MainFigures.RECEIVED.label());
		return new Rate(now == null || before == null ? null : now.subtract(before), before);
	}

	/** A count out of a count (reports published on time out of those with a date). */
	public static Rate share(long count, long of) {
		return new Rate(BigDecimal.valueOf(count), BigDecimal.valueOf(of));
	}

	/** The main figures and the outcomes summed over reports, for a region's measures. */
	public static Map<String, BigDecimal> total(List<Map<String, BigDecimal>> reports) {
		Map<String, BigDecimal> total = new LinkedHashMap<>(MainFigures.total(reports));
		total.putAll(MainFigures.total(reports, OUTCOMES));
		return total;
	}

	/** The figures added, or null when one of them is missing. */
	private static BigDecimal sum(Map<String, BigDecimal> figures, List<Figure> terms) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Figure figure : terms) {
			BigDecimal value = figures.get(figure.label());
			if (value == null) {
				return null;
			}
			sum = sum.add(value);
		}
		return sum;
	}
}
