package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;

/**
 * The figures a supervisor compares across reports: applications received, the results by kind, reviews and
 * lawsuits — read from the national form's rows and columns by name, and summed over a region's reports.
 */
public final class MainFigures {

	/** One main figure: how it is shown, and the row (or row group) and column it is read from. */
	public record Figure(String label, String row, String column) {
	}

	public static final Figure RECEIVED = new Figure("本年新收申请", "本年新收", "总计");
	public static final Figure CARRIED_IN = new Figure("上年结转", "上年结转", "总计");
	public static final Figure HANDLED = new Figure("办结", "办理结果总计", "总计");
	public static final List<Figure> RESULTS = List.of(new Figure("予以公开", "予以公开", "总计"),
			new Figure("部分公开", "部分公开", "总计"), new Figure("不予公开", "不予公开", "总计"),
			new Figure("无法提供", "无法提供", "总计"), new Figure("不予处理", "不予处理", "总计"),
			new Figure("其他处理", "其他处理", "总计"));
	public static final Figure CARRIED_OUT = new Figure("结转下年", "结转下年", "总计");
	public static final Figure REVIEWS = new Figure("行政复议", "案件数", "复议总计");
	public static final List<Figure> LAWSUITS = List.of(new Figure("未经复议直接起诉", "案件数", "直诉总计"),
			new Figure("复议后起诉", "案件数", "复诉总计"));

	/** Every main figure in the order a summary shows them. */
	public static final List<Figure> ALL = all();

	private MainFigures() {
	}

	private static List<Figure> all() {
		List<Figure> all = new java.util.ArrayList<>(List.of(RECEIVED, CARRIED_IN));
		all.addAll(RESULTS);
		all.add(HANDLED);
		all.add(CARRIED_OUT);
		all.add(REVIEWS);
		all.addAll(LAWSUITS);
		return List.copyOf(all);
	}

	/** The report's main figures by label; a figure its form lacks or that cannot be read is left out. */
	public static Map<String, BigDecimal> of(ReportEvaluation evaluation) {
		return values(evaluation, ALL);
	}

	/** The given figures of the report by label; a figure its form lacks or that cannot be read is left out. */
	public static Map<String, BigDecimal> values(ReportEvaluation evaluation, List<Figure> wanted) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Form form = evaluation.form();
		if (form == null) {
			return values;
		}
		for (Figure figure : wanted) {
			for (Table table : form.getTables()) {
				TableNode row = find(table, figure.row(), true);
				TableNode column = find(table, figure.column(), false);
				TableFigures figures = evaluation.table(table);
				if (row != null && column instanceof Column && figures != null) {
					BigDecimal value = figures.value(row, column);
					if (value != null) {
						values.put(figure.label(), value);
					}
					break;
				}
			}
		}
		return values;
	}

	/** Applications and results summed over reports (each map as {@link #of} gives it). */
	public static Map<String, BigDecimal> total(List<Map<String, BigDecimal>> reports) {
		return total(reports, ALL);
	}

	/** These figures summed over reports (a figure a report lacks counts 0). */
	static Map<String, BigDecimal> total(List<Map<String, BigDecimal>> reports, List<Figure> figures) {
		Map<String, BigDecimal> total = new LinkedHashMap<>();
		for (Figure figure : figures) {
			BigDecimal sum = BigDecimal.ZERO;
			for (Map<String, BigDecimal> report : reports) {
				sum = sum.add(report.getOrDefault(figure.label(), BigDecimal.ZERO));
			}
			total.put(figure.label(), sum);
		}
		return total;
	}

	/** The lawsuits of a report or a total: both kinds added. */
	public static BigDecimal lawsuits(Map<String, BigDecimal> figures) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Figure figure : LAWSUITS) {
			sum = sum.add(figures.getOrDefault(figure.label(), BigDecimal.ZERO));
		}
		return sum;
	}

	private static TableNode find(Table table, String name, boolean row) {
		for (var it = table.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			boolean kind = row
					? object instanceof Row || object instanceof RowGroup
					: object instanceof Column || object instanceof ColumnGroup;
			if (kind && name.equals(((TableNode) object).getName())) {
				return (TableNode) object;
			}
		}
		return null;
	}
}
