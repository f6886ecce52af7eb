package org.nianbao.ide.lens;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.nianbao.eval.Finding;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;

/**
 * One table's state in words: the totals of its main rows ({@code 本年新收 41 · 上年结转 3 · 办理结果 43 · 结转下年 1}), then
 * {@code 勾稽关系 ✓} or {@code 勾稽关系 ✗ 2 处} (totals, rules, carried-over and member sums found wrong), then other
 * problems of the table. All numbers are the evaluator's.
 */
final class TableSummary {

	private TableSummary() {
	}

	static String of(ReportEvaluation evaluation, Table table) {
		TableFigures figures = evaluation.table(table);
		if (figures == null) {
			return null;
		}
		List<String> items = new ArrayList<>();
		for (Block block : table.getBlocks()) {
			List<Column> totals = Forms.leafColumns(block).stream().filter(c -> c.getSum() != null).toList();
			if (totals.isEmpty()) {
				continue; // figures without totals (table 2) are read in the table itself
			}
			for (RowNode node : block.getRows()) {
				Row row = node instanceof Row r ? r : totalOf(node);
				if (row == null) {
					continue;
				}
				String name = node.getName();
				if (totals.size() == 1) {
					items.add(name + " " + shown(figures, row, totals.get(0)));
				} else {
					for (Column total : totals) {
						items.add(total.getName() + " " + shown(figures, row, total));
					}
				}
			}
		}
		Map<Finding.Reconciliation, Integer> broken = new EnumMap<>(Finding.Reconciliation.class);
		int other = 0;
		for (Finding finding : evaluation.findings()) {
			if (finding.table() != table) {
				continue;
			}
			if (finding.reconciliation() != null) {
				broken.merge(finding.reconciliation(), 1, Integer::sum);
			} else {
				other++;
			}
		}
		items.addAll(ReconciliationWords.of(table, figures, broken));
		long unusable = figures.unusableValues();
		if (other + unusable > 0) {
			items.add("其他问题 " + (other + unusable) + " 处");
		}
		return String.join(" · ", items);
	}

	/** A group's computed total row (办理结果 → 办理结果总计), when it has one. */
	private static Row totalOf(RowNode node) {
		if (node instanceof RowGroup group) {
			return group.getMembers().stream().filter(m -> m instanceof Row r && r.getSum() != null)
					.map(Row.class::cast)
					.findFirst().orElse(null);
		}
		return null;
	}

	private static String shown(TableFigures figures, Row row, Column column) {
		String text = figures.text(row, column);
		return text.isEmpty() ? "—" : text;
	}
}
