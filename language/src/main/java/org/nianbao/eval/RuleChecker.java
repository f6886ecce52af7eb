package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.form.Forms;
import org.nianbao.form.Labels;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Dimension;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Sum;
import org.nianbao.nianbao.TableNode;

/** Checks a form's rules against one table's figures, column by column (or row by row). */
final class RuleChecker {

	private RuleChecker() {
	}

	static List<Finding> check(Rule rule, TableFigures figures) {
		List<Finding> findings = new ArrayList<>();
		if (rule.getLeft() == null || rule.getRight() == null) {
			return findings;
		}
		List<? extends TableNode> across = rule.getDimension() == Dimension.COLUMN
				? Forms.leafColumns(figures.table())
				: Forms.leafRows(figures.table());
		List<TableNode> broken = new ArrayList<>();
		for (TableNode line : inputsFirst(across)) {
			if (involvesSuspect(rule, line, figures) || impliedByBrokenOperand(line, broken)) {
				continue;
			}
			List<Term> left = terms(rule.getLeft(), line, figures);
			List<Term> right = terms(rule.getRight(), line, figures);
			if (left == null || right == null) {
				continue;
			}
			BigDecimal leftSum = total(left);
			BigDecimal rightSum = total(right);
			if (leftSum.compareTo(rightSum) != 0) {
				findings.add(new Finding.RuleViolation(rule, line, left, leftSum, right, rightSum,
						location(rule, line, figures)));
				broken.add(line);
			}
		}
		return findings;
	}

	/** Totals last, so that a rule broken in a total column because it is broken in one of its columns is said once. */
	private static List<TableNode> inputsFirst(List<? extends TableNode> lines) {
		List<TableNode> ordered = new ArrayList<>();
		lines.stream().filter(l -> !Forms.isComputed(l)).forEach(ordered::add);
		lines.stream().filter(Forms::isComputed).forEach(ordered::add);
		return ordered;
	}

	private static boolean impliedByBrokenOperand(TableNode line, List<TableNode> broken) {
		Sum sum = line instanceof Column column ? column.getSum() : line instanceof Row row ? row.getSum() : null;
		if (sum == null) {
			return false;
		}
		return sum.getTerms().stream().flatMap(t -> Forms.leavesOf(t).stream()).anyMatch(broken::contains);
	}

	private static List<Term> terms(Sum sum, TableNode across, TableFigures figures) {
		List<Term> terms = new ArrayList<>();
		for (TableNode term : sum.getTerms()) {
			if (term == null || term.eIsProxy()) {
				return null;
			}
			BigDecimal value = figures.value(term, across);
			if (value == null) {
				return null;
			}
			terms.add(new Term(Labels.node(term), value));
		}
		return terms;
	}

	private static BigDecimal total(List<Term> terms) {
		return terms.stream().map(Term::value).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static boolean involvesSuspect(Rule rule, TableNode line, TableFigures figures) {
		for (Sum side : List.of(rule.getLeft(), rule.getRight())) {
			for (TableNode term : side.getTerms()) {
				for (TableNode leaf : Forms.leavesOf(term)) {
					if (cellSuspect(leaf, line, figures)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean cellSuspect(TableNode leaf, TableNode line, TableFigures figures) {
		if (leaf instanceof Row row && line instanceof Column column) {
			return figures.isSuspect(row, column);
		}
		if (leaf instanceof Column column && line instanceof Row row) {
			return figures.isSuspect(row, column);
		}
		return false;
	}

	/** The first figure the user wrote among the terms, left side first. */
	private static EObject location(Rule rule, TableNode line, TableFigures figures) {
		for (Sum side : List.of(rule.getLeft(), rule.getRight())) {
			for (TableNode term : side.getTerms()) {
				for (TableNode leaf : Forms.leavesOf(term)) {
					EObject written = leaf instanceof Row row && line instanceof Column column
							? figures.writtenValue(row, column)
							: leaf instanceof Column column && line instanceof Row row
									? figures.writtenValue(row, column)
									: null;
					if (written != null) {
						return written;
					}
				}
			}
		}
		for (TableNode term : rule.getLeft().getTerms()) {
			for (TableNode leaf : Forms.leavesOf(term)) {
				if (leaf instanceof Row row && figures.writtenRow(row) != null) {
					return figures.writtenRow(row);
				}
			}
		}
		return null;
	}
}
