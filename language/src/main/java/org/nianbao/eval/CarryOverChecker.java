package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Carry;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;

/**
 * Compares this year's carried-over rows with last year's (the form's {@code carry … into …}), column by
 * column. Last year's report may use another copy of the form: rows and columns are matched by name.
 */
final class CarryOverChecker {

	private CarryOverChecker() {
	}

	static List<Finding> check(ReportEvaluation thisYear, ReportEvaluation lastYear) {
		List<Finding> findings = new ArrayList<>();
		if (thisYear.form() == null || lastYear.form() == null) {
			return findings;
		}
		for (Table table : thisYear.form().getTables()) {
			Table previousTable = lastYear.form().getTables().stream()
					.filter(t -> t.getName().equals(table.getName())).findFirst().orElse(null);
			TableFigures now = thisYear.table(table);
			TableFigures before = previousTable == null ? null : lastYear.table(previousTable);
			if (now == null || before == null) {
				continue;
			}
			for (Carry carry : table.getCarries()) {
				RowNode fromNode = carry.getFrom();
				if (!(carry.getInto() instanceof Row into) || fromNode == null || fromNode.eIsProxy()) {
					continue;
				}
				Row from = byName(Forms.leafRows(previousTable), fromNode.getName());
				if (from == null) {
					continue;
				}
				for (Column column : Forms.inputColumns(into)) { // totals follow from their columns
					Column previousColumn = byName(Forms.columnsOf(from), column.getName());
					if (previousColumn == null) {
						continue;
					}
					BigDecimal value = now.value(into, column);
					BigDecimal previous = before.value(from, previousColumn);
					if (value != null && previous != null && value.compareTo(previous) != 0) {
						EObject at = now.writtenValue(into, column) != null
								? now.writtenValue(into, column)
								: now.writtenRow(into);
						findings.add(new Finding.CarryOverMismatch(into, column, at, value, from, previous));
					}
				}
			}
		}
		return findings;
	}

	private static <T extends org.nianbao.nianbao.TableNode> T byName(List<T> nodes, String name) {
		return nodes.stream().filter(n -> n.getName().equals(name)).findFirst().orElse(null);
	}
}
