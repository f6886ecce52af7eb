package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Phrase;
import org.nianbao.nianbao.Report;

/** Compares the numbers that prose states in words (the form's {@code phrase} lines) with the tables' figures. */
final class ProseChecker {

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
				if (!leaf.isHidden() && isProseToken(leaf)) {
					check(paragraph, leaf, form.getPhrases(), evaluation, findings);
				}
			}
		}
		return findings;
	}

	/** Prose, or the prose after a {reference}, with a number in it: what a phrase can match. */
	private static boolean isProseToken(INode leaf) {
		String text = leaf.getText();
		return (text.startsWith("|") || text.startsWith("}")) && text.chars().anyMatch(c -> c >= '0' && c <= '9');
	}

	private static void check(Paragraph paragraph, ILeafNode leaf, List<Phrase> phrases, ReportEvaluation evaluation,
			List<Finding> findings) {
		String text = leaf.getText();
		for (Phrase phrase : phrases) {
			Pattern pattern = PhrasePatterns.of(phrase.getPattern());
			if (pattern == null || phrase.getFigure() == null) {
				continue;
			}
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				BigDecimal table = evaluation.value(phrase.getFigure());
				BigDecimal stated = number(matcher.group(1));
				if (table != null && stated != null && table.compareTo(stated) != 0) {
					findings.add(new Finding.ProseContradiction(paragraph, matcher.group(),
							leaf.getOffset() + matcher.start(1), matcher.end(1) - matcher.start(1), stated,
							phrase.getFigure(), table));
				}
			}
		}
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
