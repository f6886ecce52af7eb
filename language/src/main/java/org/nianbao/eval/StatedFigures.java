package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.List;

import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.ColumnNode;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;

/**
 * The figure a form's {@code phrase} states, in this year's or last year's report. A phrase may state a group's
 * sum as well as a cell: {@code 不予公开.总计} (the eight （三） rows), {@code 案件数.行政诉讼} (both kinds of suit). The
 * report's table is found by the names of the form's table, row and column, so last year's report may use another
 * copy of the form.
 */
public final class StatedFigures {

	private StatedFigures() {
	}

	public static BigDecimal value(ReportEvaluation evaluation, FigureRef ref) {
		if (evaluation == null || evaluation.form() == null || ref.getRow() == null || ref.getRow().eIsProxy()) {
			return null;
		}
		Table formTable = Forms.tableOf(ref.getRow());
		Table table = formTable == null
				? null
				: evaluation.form().getTables().stream()
						.filter(t -> t.getName().equals(formTable.getName())).findFirst().orElse(null);
		TableFigures figures = table == null ? null : evaluation.table(table);
		if (figures == null) {
			return null;
		}
		TableNode row = byName(Forms.nodes(table, true), ref.getRow().getName());
		ColumnNode written = ref.getColumn() != null && !ref.getColumn().eIsProxy()
				? ref.getColumn()
				: ref.getRow() instanceof Row ? FigureRefs.column(ref) : null;
		TableNode column = written == null ? null : byName(Forms.nodes(table, false), written.getName());
		if (row instanceof Row r && column instanceof Column c) {
			return figures.value(r, c);
		}
		if (row instanceof RowGroup && column instanceof Column) {
			return figures.value(row, column);
		}
		if (row instanceof Row && column instanceof ColumnGroup) {
			return figures.value(column, row);
		}
		return null;
	}

	/** The printed label of the figure: “（三）不予公开”“总计”. */
	public static String label(FigureRef ref) {
		RowNode row = ref.getRow();
		ColumnNode column = ref.getColumn() != null
				? ref.getColumn()
				: ref.getRow() instanceof Row ? FigureRefs.column(ref) : null;
		String rowLabel = row == null || row.getLabel() == null || row.getLabel().isEmpty()
				? ""
				: "“" + row.getLabel() + "”";
		return column == null ? rowLabel : rowLabel + "“" + column.getLabel() + "”";
	}

	/** The amount unit of the figure's column ("万元"), or null for a count. */
	public static String unit(FigureRef ref) {
		ColumnNode column = ref.getColumn() != null
				? ref.getColumn()
				: ref.getRow() instanceof Row ? FigureRefs.column(ref) : null;
		return column instanceof Column c && c.isAmount() ? c.getUnit() : null;
	}

	/** Whether the figure is one cell, which prose can cite as {row.column}. */
	public static boolean isCell(FigureRef ref) {
		return ref.getRow() instanceof Row && (ref.getColumn() == null || ref.getColumn() instanceof Column);
	}

	private static TableNode byName(List<TableNode> nodes, String name) {
		return nodes.stream().filter(n -> name.equals(n.getName())).findFirst().orElse(null);
	}
}
