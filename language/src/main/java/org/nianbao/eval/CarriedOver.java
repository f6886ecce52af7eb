package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.form.Forms;
import org.nianbao.nianbao.Carry;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;

/** What last year's report carries into a new one: the figures of every row the form carries over. */
public final class CarriedOver {

	private CarriedOver() {
	}

	/** Last year's figures of every carried row (结转下年), under the name of the row they go into (上年结转). */
	public static Map<String, List<String>> from(ReportEvaluation last) {
		Map<String, List<String>> carried = new LinkedHashMap<>();
		for (Table table : last.form().getTables()) {
			for (Carry carry : table.getCarries()) {
				if (carry.getFrom() instanceof Row from && carry.getInto() instanceof Row into) {
					List<String> values = new ArrayList<>();
					for (Column column : Forms.columnsOf(from)) {
						BigDecimal value = last.table(table).value(from, column);
						values.add(value == null ? "0" : value.toPlainString());
					}
					carried.put(into.getName(), values);
				}
			}
		}
		return carried;
	}
}
