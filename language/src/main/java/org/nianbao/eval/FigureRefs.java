package org.nianbao.eval;

import java.util.List;

import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Row;

/** Which cell a figure reference {row.column} or {row} stands for. */
public final class FigureRefs {

	private FigureRefs() {
	}

	/**
	 * The referenced column: the one named; for {row} alone, the row's only column, or else its total
	 * column. Null when unresolved or when {row} alone is ambiguous.
	 */
	public static Column column(FigureRef ref) {
		if (!(ref.getRow() instanceof Row row) || row.eIsProxy()) {
			return null;
		}
		if (ref.getColumn() != null) {
			return ref.getColumn() instanceof Column column && !column.eIsProxy() ? column : null;
		}
		List<Column> columns = Forms.columnsOf(row);
		if (columns.size() == 1) {
			return columns.get(0);
		}
		List<Column> totals = columns.stream().filter(c -> c.getSum() != null).toList();
		return totals.size() == 1 ? totals.get(0) : null;
	}
}
