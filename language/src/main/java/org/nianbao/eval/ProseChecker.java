package org.nianbao.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.form.MeasureWords;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Phrase;
import org.nianbao.nianbao.Report;

/**
 * Compares the numbers that prose states in words (the form's {@code phrase} lines) with the tables' figures:
 * the number itself (also in Chinese numerals, with spaces or thousands separators, see {@link ProseNumbers}), an
 * amount rounded or in another unit, and a change against last year stated right after it.
 */
public final class ProseChecker {

	/** Money units a phrase may capture in a group named "unit", in yuan. */
	private static final Map<String, BigDecimal> UNITS = Map.of("元", BigDecimal.ONE, "千元", BigDecimal.valueOf(1000),
			"万元", BigDecimal.valueOf(10000), "亿元", BigDecimal.valueOf(100000000));

	private static final Pattern UNIT_GROUP = Pattern.compile("\\(\\?<unit>");

	/** A unit right after a cited figure, before a change is stated: “{本年新收.总计}件，比上年增加7件”. */
	private static final Pattern UNIT_AFTER_CITATION = Pattern.compile("\\}\\s*(?:" + MeasureWords.ALTERNATION + ")?");

	private ProseChecker() {
	}

	static List<Finding> check(Report report, Form form, ReportEvaluation evaluation) {
		List<Finding> findings = new ArrayList<>();
		if (form == null || form.getPhrases().isEmpty()) {
			return findings;
		}
		for (Paragraph paragraph : EcoreUtil2.getAllContentsOfType(report, Paragraph.class)) {
			ICompositeNode node = NodeModelUtils.getNode(paragraph);
			if (node == null) {
				continue;
			}
			for (ILeafNode leaf : node.getLeafNodes()) {
				String text = leaf.getText();
				if (!leaf.isHidden() && (text.startsWith("|") || text.startsWith("}"))
						&& ProseNumbers.mayStateNumbers(text)) {
					check(paragraph, text, leaf.getOffset(), form.getPhrases(), evaluation, findings);
				}
			}
			changesAfterCitations(paragraph, evaluation, findings);
		}
		return findings;
	}

	/** A change against last year stated right after a figure the paragraph cites (this year's, not last year's). */
	private static void changesAfterCitations(Paragraph paragraph, ReportEvaluation evaluation,
			List<Finding> findings) {
		if (evaluation.previous() == null || paragraph.getRefs().isEmpty()) {
			return;
		}
		List<INode> after = NodeModelUtils.findNodesForFeature(paragraph, NianbaoPackage.Literals.PARAGRAPH__TEXTS);
		for (int i = 0; i < paragraph.getRefs().size() && i < after.size(); i++) {
			FigureRef ref = paragraph.getRefs().get(i);
			BigDecimal thisYear = ref.isLastYear() ? null : StatedFigures.value(evaluation, ref);
			if (thisYear == null) {
				continue;
			}
			String text = after.get(i).getText();
			ProseNumbers numbers = ProseNumbers.of(text);
			Matcher unit = UNIT_AFTER_CITATION.matcher(numbers.text());
			if (unit.lookingAt()) {
				change(paragraph, text, after.get(i).getOffset(), numbers, unit.end(), ref, thisYear, evaluation,
						findings);
			}
		}
	}

	/**
	 * What the form's phrases find wrong in one line of plain prose, offsets within {@code text} (no paragraph).
	 * For measuring the phrases on prose that is not in a report, e.g. a published report's extracted text.
	 */
	public static List<Finding> check(String text, ReportEvaluation evaluation) {
		List<Finding> findings = new ArrayList<>();
		if (evaluation.form() != null && ProseNumbers.mayStateNumbers(text)) {
			check(null, text, 0, evaluation.form().getPhrases(), evaluation, findings);
		}
		return findings;
	}

	/** How many figures the form's phrases find stated in the text, right or wrong. */
	public static int statements(String text, Form form) {
		ProseNumbers numbers = ProseNumbers.of(text);
		int count = 0;
		for (Phrase phrase : form.getPhrases()) {
			Pattern pattern = PhrasePatterns.of(phrase.getPattern());
			if (pattern != null) {
				Matcher matcher = pattern.matcher(numbers.text());
				while (matcher.find()) {
					count++;
				}
			}
		}
		return count;
	}

	private static void check(Paragraph paragraph, String original, int offset, List<Phrase> phrases,
			ReportEvaluation evaluation, List<Finding> findings) {
		ProseNumbers numbers = ProseNumbers.of(original);
		String text = numbers.text();
		for (Phrase phrase : phrases) {
			Pattern pattern = PhrasePatterns.of(phrase.getPattern());
			if (pattern == null || phrase.getFigure() == null) {
				continue;
			}
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				BigDecimal stated = number(matcher.group(1));
				BigDecimal table = StatedFigures.value(evaluation, phrase.getFigure());
				if (stated == null || table == null) {
					continue;
				}
				int start = offset + numbers.originalStart(matcher.start(1));
				int length = numbers.originalEnd(matcher.end(1)) - numbers.originalStart(matcher.start(1));
				String statedText = original.substring(numbers.originalStart(matcher.start()),
						numbers.originalEnd(matcher.end()));
				Finding finding = compare(paragraph, statedText, start, length, stated, unit(pattern, matcher),
						phrase.getFigure(), table);
				if (finding != null) {
					findings.add(finding);
				}
				change(paragraph, original, offset, numbers, matcher.end(), phrase.getFigure(), table, evaluation,
						findings);
			}
		}
	}

	/** The stated number against the table's: equal, the table's rounded, or in another unit. Null when it agrees. */
	private static Finding compare(Paragraph paragraph, String statedText, int offset, int length, BigDecimal stated,
			String statedUnit, FigureRef figure, BigDecimal table) {
		String tableUnit = StatedFigures.unit(figure);
		if (statedUnit != null && tableUnit != null && !statedUnit.equals(tableUnit) && UNITS.containsKey(statedUnit)
				&& UNITS.containsKey(tableUnit)) {
			BigDecimal converted = stated.multiply(UNITS.get(statedUnit)).divide(UNITS.get(tableUnit));
			if (agrees(converted, table)) {
				return null;
			}
			if (agrees(stated, table)) {
				return new Finding.ProseUnit(paragraph, statedText, offset, length, stated, statedUnit, figure, table,
						tableUnit);
			}
			return new Finding.ProseContradiction(paragraph, statedText, offset, length, stated, figure, table);
		}
		if (table.compareTo(stated) == 0) {
			return null;
		}
		int scale = Math.max(0, stated.scale());
		if (scale < table.stripTrailingZeros().scale()) {
			BigDecimal rounded = table.setScale(scale, RoundingMode.HALF_UP);
			if (rounded.compareTo(stated) == 0) {
				return null;
			}
			if (stated.subtract(table).abs().compareTo(BigDecimal.ONE.movePointLeft(scale)) < 0) {
				return new Finding.ProseRounding(paragraph, statedText, offset, length, stated, figure, table, rounded);
			}
		}
		return new Finding.ProseContradiction(paragraph, statedText, offset, length, stated, figure, table);
	}

	/** Equal, or equal once the table's figure is rounded as the stated one is. */
	private static boolean agrees(BigDecimal stated, BigDecimal table) {
		if (stated.compareTo(table) == 0) {
			return true;
		}
		int scale = Math.max(0, stated.stripTrailingZeros().scale());
		return scale < table.stripTrailingZeros().scale()
				&& table.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0;
	}

	/** A change against last year stated right after the figure, checked when last year's report has the figure. */
	private static void change(Paragraph paragraph, String original, int offset, ProseNumbers numbers, int at,
			FigureRef figure,
			BigDecimal thisYear, ReportEvaluation evaluation, List<Finding> findings) {
		ChangeStatement change = ChangeStatement.at(numbers.text(), at);
		if (change == null || evaluation.previous() == null) {
			return;
		}
		BigDecimal lastYear = StatedFigures.value(evaluation.previous(), figure);
		if (lastYear == null || !Boolean.FALSE.equals(change.holds(thisYear, lastYear))) {
			return;
		}
		int from = numbers.originalStart(change.numberStart());
		int to = numbers.originalEnd(change.numberEnd());
		String statedText = original.substring(numbers.originalStart(change.start()), numbers.originalEnd(change.end()))
				.replaceFirst("^[，,、]\\s*", "");
		findings.add(new Finding.ProseChange(paragraph, statedText, offset + from, to - from, change, figure, thisYear,
				lastYear));
	}

	private static String unit(Pattern pattern, Matcher matcher) {
		return UNIT_GROUP.matcher(pattern.pattern()).find() ? matcher.group("unit") : null;
	}

	/** The phrase's first group as a number; null when the form's pattern captured something else (or nothing). */
	private static BigDecimal number(String group) {
		try {
			return group == null ? null : new BigDecimal(group);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
