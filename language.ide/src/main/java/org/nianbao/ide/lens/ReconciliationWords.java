package org.nianbao.ide.lens;

import java.util.ArrayList;
import java.util.List;

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

	static List<String> of(Table table, TableFigures figures, int totals, int rules, int carries, int members) {
		List<String> items = new ArrayList<>();
		add(items, "合计不符", totals);
		add(items, "勾稽规则不符", rules);
		add(items, "与上年报告不符", carries);
		add(items, "与成员报告之和不符", members);
		if (!items.isEmpty()) {
			return items;
		}
		if (!figures.hasNumber()) {
			return List.of(NOTHING_FILLED);
		}
		return List.of(checks(table) ? RECONCILED : NO_RULES);
	}

	private static void add(List<String> items, String words, int count) {
		if (count > 0) {
			items.add(words + " " + count + " 处");
		}
	}

	/** Whether the table has anything to reconcile: a computed total or a rule. */
	private static boolean checks(Table table) {
		return !table.getRules().isEmpty() || Forms.leafRows(table).stream().anyMatch(r -> r.getSum() != null)
				|| Forms.leafColumns(table).stream().anyMatch(c -> c.getSum() != null);
	}
}
