package org.nianbao.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.eval.Finding;
import org.nianbao.eval.Numbers;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.eval.Term;
import org.nianbao.form.Forms;
import org.nianbao.form.Labels;
import org.nianbao.nianbao.Column;
import org.nianbao.eval.FigureRefs;
import org.nianbao.nianbao.Dimension;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;
import org.nianbao.nianbao.Value;

import com.google.inject.Inject;

/**
 * The text of hovers over figures. Every number shown comes from the report's evaluation;
 * nothing is added up here.
 */
public class FigureHoverText {

	@Inject
	private ReportEvaluator evaluator;

	/** A whole row: each column's value and where it comes from, totals with their sums. */
	public String row(FigureRow figureRow, Column highlighted) {
		Context c = context(figureRow);
		if (c == null) {
			return null;
		}
		StringBuilder md = new StringBuilder(header(c.row(), c.figures().table()));
		if (c.figures().columnOf(first(figureRow)) == null && !figureRow.getValues().isEmpty()) {
			md.append("此行数值个数与表格的列不符，无法按列读取。\n\n");
		}
		md.append("| 列 | 数值 | 说明 |\n|---|---:|---|\n");
		for (Column column : Forms.columnsOf(c.row())) {
			String label = Labels.column(column);
			if (column == highlighted) {
				label = "**" + label + "**";
			}
			md.append("| ").append(label).append(" | ").append(shown(c.figures(), c.row(), column)).append(" | ")
					.append(explanation(c, c.row(), column)).append(" |\n");
		}
		for (Rule rule : c.figures().table().getRules()) {
			if (involves(rule, c.row())) {
				md.append("\n").append(ruleStatus(c.evaluation(), rule));
			}
		}
		return md.toString();
	}

	private static boolean involves(Rule rule, Row row) {
		if (rule.getLeft() == null || rule.getRight() == null) {
			return false;
		}
		return java.util.stream.Stream.concat(rule.getLeft().getTerms().stream(), rule.getRight().getTerms().stream())
				.anyMatch(term -> term != null && Forms.leavesOf(term).contains(row));
	}

	/** A rule of the form as evaluated for this report: where it does not hold, with the evaluator's sums. */
	private static String ruleStatus(ReportEvaluation evaluation, Rule rule) {
		String equation = Labels.joinTerms(rule.getLeft().getTerms().stream().map(Labels::node).toList()) + " = "
				+ Labels.joinTerms(rule.getRight().getTerms().stream().map(Labels::node).toList());
		List<String> broken = new ArrayList<>();
		for (Finding finding : evaluation.findings()) {
			if (finding instanceof Finding.RuleViolation v && v.rule() == rule) {
				broken.add(Labels.node(v.across()) + "：" + Numbers.plain(v.leftSum()) + " ≠ "
						+ Numbers.plain(v.rightSum()));
			}
		}
		String status = broken.isEmpty()
				? "各" + (rule.getDimension() == Dimension.ROW ? "行" : "列") + "均成立（缺数的列不核对）"
				: "不成立——" + String.join("；", broken);
		return "勾稽关系 " + equation + "：" + status + "\n";
	}

	/** One value: a total shows how it is summed; any other value shows its row. */
	public String value(Value value) {
		FigureRow figureRow = EcoreUtil2.getContainerOfType(value, FigureRow.class);
		Context c = context(figureRow);
		if (c == null) {
			return null;
		}
		Column column = c.figures().columnOf(value);
		if (column == null || !(column.getSum() != null || c.row().getSum() != null)) {
			return row(figureRow, column);
		}
		StringBuilder md = new StringBuilder(header(c.row(), c.figures().table()));
		md.append("**").append(Labels.column(column)).append("**：").append(shown(c.figures(), c.row(), column))
				.append("\n\n");
		if (column.getSum() != null) {
			md.append(sumText(c, c.row(), column, column, false)).append("\n\n");
		}
		if (c.row().getSum() != null) {
			md.append(sumText(c, c.row(), column, c.row(), true)).append("\n\n");
		}
		return md.toString().strip();
	}

	/** A figure cited in prose: its value. */
	public String reference(FigureRef ref) {
		if (!(ref.getRow() instanceof Row row) || row.eIsProxy()) {
			return null;
		}
		Report report = EcoreUtil2.getContainerOfType(ref, Report.class);
		if (report != null && ref.isLastYear()) {
			Column column = FigureRefs.column(ref);
			String text = evaluator.evaluate(report).text(ref);
			return column == null || text == null
					? null
					: "**上年 · " + row.getLabel() + "** · " + Labels.column(column) + "：" + text;
		}
		TableFigures figures = report == null ? null : evaluator.evaluate(report).table(Forms.tableOf(row));
		if (figures == null) {
			return null;
		}
		Column column = FigureRefs.column(ref);
		if (column == null) {
			return null;
		}
		return "**" + row.getLabel() + "** · " + Labels.column(column) + "：" + shown(figures, row, column);
	}

	private record Context(ReportEvaluation evaluation, TableFigures figures, Row row) {
	}

	private Context context(FigureRow figureRow) {
		if (figureRow == null || !(figureRow.getRow() instanceof Row row) || row.eIsProxy()) {
			return null;
		}
		Report report = EcoreUtil2.getContainerOfType(figureRow, Report.class);
		Table table = Forms.tableOf(row);
		if (report == null || table == null) {
			return null;
		}
		ReportEvaluation evaluation = evaluator.evaluate(report);
		TableFigures figures = evaluation.table(table);
		return figures == null ? null : new Context(evaluation, figures, row);
	}

	private static Value first(FigureRow row) {
		return row.getValues().isEmpty() ? null : row.getValues().get(0);
	}

	/** "**（七）总计**（三（七））· 表名": the printed label, and the row's number where the label lacks it. */
	private static String header(Row row, Table table) {
		String label = row.getLabel() == null || row.getLabel().isEmpty() ? row.getName() : row.getLabel();
		String code = row.getCode() == null || row.getCode().isEmpty() || label.startsWith(row.getCode())
				? ""
				: "（" + row.getCode() + "）";
		return "**" + label + "**" + code + (table.getLabel() == null ? "" : " · " + table.getLabel()) + "\n\n";
	}

	private static String shown(TableFigures figures, Row row, Column column) {
		String text = figures.text(row, column);
		return text.isEmpty() ? "—" : text;
	}

	private String explanation(Context c, Row row, Column column) {
		List<String> notes = new ArrayList<>();
		switch (c.figures().origin(row, column)) {
		case COMPUTED -> notes.add("自动计算");
		case ZERO_FILLED -> notes.add("未填写，按 0 计");
		case MISSING -> notes.add("缺少数值");
		case WRITTEN -> {
		}
		}
		if (column.getSum() != null) {
			notes.add(sumText(c, row, column, column, false));
		}
		return String.join("；", notes);
	}

	/** "总计 = 自然人 + 法人或其他组织 = 33 + 8 = 41", and what was written when it differs. */
	private String sumText(Context c, Row row, Column column, TableNode total, boolean down) {
		TableFigures.SumOfTerms sum = c.figures().sumOf(row, column, total);
		if (sum == null) {
			return "";
		}
		List<String> names = sum.terms().stream().map(Term::label).toList();
		List<String> values = sum.terms().stream().map(t -> t.value() == null ? "?" : Numbers.plain(t.value()))
				.toList();
		Finding.TotalMismatch mismatch = mismatch(c.evaluation(), row, column, total);
		BigDecimal computed = sum.sum();
		String name = down ? Labels.row(row) : Labels.column(column);
		StringBuilder text = new StringBuilder(name).append(" = ").append(Labels.joinTerms(names));
		if (names.size() > 1) {
			text.append(" = ").append(String.join(" + ", values));
		}
		text.append(" = ").append(computed == null ? "?" : Numbers.plain(computed));
		if (mismatch != null) {
			text.append("（写为 ").append(Numbers.plain(mismatch.written())).append("，应为 ")
					.append(Numbers.plain(mismatch.sum()))
					.append("）");
		}
		return text.toString();
	}

	private static Finding.TotalMismatch mismatch(ReportEvaluation evaluation, Row row, Column column,
			TableNode total) {
		for (Finding finding : evaluation.findings()) {
			if (finding instanceof Finding.TotalMismatch m && m.row() == row && m.column() == column
					&& m.total() == total) {
				return m;
			}
		}
		return null;
	}
}
