package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;

/**
 * Documents in force follow from last year's: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止, for every row of a
 * block with these three columns (规章, 行政规范性文件 in table 2). The form has no construct for a stock carried
 * from year to year, so the columns are found by their names in the national form; last year's report is matched
 * by table, row and column names, as for the carry-over.
 */
final class InForceChecker {

	static final String ISSUED = "本年制发件数";
	static final String REPEALED = "本年废止件数";
	static final String IN_FORCE = "现行有效件数";

	private InForceChecker() {
	}

	static List<Finding> check(ReportEvaluation thisYear, ReportEvaluation lastYear) {
		List<Finding> findings = new ArrayList<>();
		if (thisYear.form() == null || lastYear.form() == null) {
			return findings;
		}
		for (Table table : thisYear.form().getTables()) {
			Table previousTable = lastYear.form().getTables().stream().filter(t -> t.getName().equals(table.getName()))
					.findFirst().orElse(null);
			TableFigures now = thisYear.table(table);
			TableFigures before = previousTable == null ? null : lastYear.table(previousTable);
			if (now == null || before == null) {
				continue;
			}
			for (Block block : table.getBlocks()) {
				List<Column> columns = Forms.leafColumns(block);
				Column issued = byName(columns, ISSUED);
				Column repealed = byName(columns, REPEALED);
				Column inForce = byName(columns, IN_FORCE);
				if (issued == null || repealed == null || inForce == null) {
					continue;
				}
				for (Row row : Forms.leafRows(block)) {
					Row previousRow = byName(Forms.leafRows(previousTable), row.getName());
					Column previousInForce = previousRow == null
							? null
							: byName(Forms.columnsOf(previousRow), IN_FORCE);
					BigDecimal last = previousInForce == null ? null : before.value(previousRow, previousInForce);
					BigDecimal in = now.value(row, inForce);
					BigDecimal plus = now.value(row, issued);
					BigDecimal minus = now.value(row, repealed);
					if (last == null || in == null || plus == null || minus == null
							|| last.add(plus).subtract(minus).compareTo(in) == 0) {
						continue;
					}
					EObject at = now.writtenValue(row, inForce) != null
							? now.writtenValue(row, inForce)
							: now.writtenRow(row);
					findings.add(new Finding.InForceMismatch(row, at, in, last, plus, minus));
				}
			}
		}
		return findings;
	}

	private static <T extends org.nianbao.nianbao.TableNode> T byName(List<T> nodes, String name) {
		return nodes.stream().filter(n -> name.equals(n.getName())).findFirst().orElse(null);
	}
}
