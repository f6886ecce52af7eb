package org.nianbao.ide.lens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nianbao.eval.Finding;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Table;

/**
 * What the summary says of a table's checks, in the words of the diagnostics ({@code 合计不符 2 处}): a table without
 * totals or rules (table 2) says that it has none, and a table without a single number is not called reconciled.
 */
final class ReconciliationWords {

	static final String RECONCILED = "勾稽关系 ✓";
	static final String NO_RULES = "本表无合计与勾稽规则，只核对数值";
	static final String NOTHING_FILLED = "尚未填写数字";

	private ReconciliationWords() {
	}

	/** Each check in the words its diagnostics start with (a switch without default: a new check must have words). */
	static String words(Finding.Reconciliation check) {
		return switch (check) {
		case TOTAL -> "合计不符";
		case RULE -> "勾稽规则不符";
		case CARRY_OVER -> "与上年报告不符";
		case MEMBER_SUM -> "与成员报告之和不符";
		case IN_FORCE -> "现行有效件数与上年不衔接";
		};
	}

	/** @param broken how many findings break each check in this table */
	static List<String> of(Table table, TableFigures figures, Map<Finding.Reconciliation, Integer> broken) {
		List<String> items = new ArrayList<>();
		for (Finding.Reconciliation check : Finding.Reconciliation.values()) {
			int count = broken.getOrDefault(check, 0);
			if (count > 0) {
				items.add(words(check) + " " + count + " 处");
			}
		}
		if (!items.isEmpty()) {
			return items;
		}
		if (!figures.hasNumber()) {
			return List.of(NOTHING_FILLED);
		}
		return List.of(checks(table) ? RECONCILED : NO_RULES);
	}

	/** Whether the table has anything to reconcile: a computed total or a rule. */
	private static boolean checks(Table table) {
		return !table.getRules().isEmpty() || Forms.leafRows(table).stream().anyMatch(r -> r.getSum() != null)
				|| Forms.leafColumns(table).stream().anyMatch(c -> c.getSum() != null);
	}
}
