package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.nianbao.eval.Finding;
import org.nianbao.eval.Numbers;
import org.nianbao.eval.MissingCellGuess;
import org.nianbao.eval.Reading;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.TableFigures;
import org.nianbao.eval.ValueReader;
import org.nianbao.form.Labels;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.TableNode;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.Value;

/** The rows of each table: their number of values, duplicates, missing rows, and each value's kind. */
public class FigureValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Check
	public void checkFigures(Report report) {
		ReportEvaluation evaluation = evaluationOf(report);
		if (evaluation.form() == null) {
			return;
		}
		for (Finding finding : evaluation.findings()) {
			if (finding instanceof Finding.ValueCountMismatch m) {
				valueCount(m);
			} else if (finding instanceof Finding.StrayValues stray) {
				stray.values().stream().filter(v -> !FullWidthBar.report(v, this))
						.forEach(v -> error("多余的“" + ValueReader.written(v) + "”：不属于任何表格行，请删除", v, null,
								IssueCodes.STRAY_TEXT));
			} else if (finding instanceof Finding.MissingColumn m) {
				missingColumn(evaluation, m);
			} else if (finding instanceof Finding.DuplicateRow d) {
				error("重复的行“" + Labels.row(d.figureRow().getRow()) + "”：此行已在前面填写过", d.figureRow(),
						P.getFigureRow_Row(), IssueCodes.DUPLICATE_ROW);
			} else if (finding instanceof Finding.MissingRows m) {
				missingRows(evaluation, m);
			}
		}
		for (Table table : evaluation.form().getTables()) {
			TableFigures figures = evaluation.table(table);
			Part part = evaluation.parts().partShowing(table);
			if (figures == null || part == null || part.getFigures() == null) {
				continue;
			}
			for (var block : org.nianbao.form.ReportParts.figuresOf(part)) {
				for (FigureRow row : block.getRows()) {
					row.getValues().forEach(v -> checkValue(figures, v));
				}
			}
		}
	}

	private void valueCount(Finding.ValueCountMismatch m) {
		int expected = m.columns().size();
		int written = m.written();
		String columns = spaced(m.columns()) + " " + expected + " 个数";
		if (written > expected) {
			error("本行多了 " + (written - expected) + " 个数：应为 " + columns + "，实际写了 " + written + " 个", m.figureRow(),
					P.getFigureRow_Row(), IssueCodes.WRONG_VALUE_COUNT);
			return;
		}
		if (written < expected - 1) {
			error("本行少 " + (expected - written) + " 个数：应为 " + columns + "，实际写了 " + written + " 个；没有发生的事项填 0，"
					+ computedLabels(m) + "可写 = 由系统计算",
					m.figureRow(), P.getFigureRow_Row(), IssueCodes.WRONG_VALUE_COUNT);
			return;
		}
		String message = "本行少一个数：应为 " + columns;
		Column last = m.columns().get(expected - 1);
		if (allZero(m) && last.getSum() != null) {
			error(message + "；若总计由系统计算，在末尾写 =", m.figureRow(), P.getFigureRow_Row(), IssueCodes.WRONG_VALUE_COUNT,
					new IssueDatum.ValueToAppend(written, "="));
		} else if (m.totalLeftOut()) {
			error(message + "；所写各数像是不含“" + Labels.column(last) + "”：写出" + Labels.column(last) + "，或在末尾写 = 由系统计算",
					m.figureRow(), P.getFigureRow_Row(), IssueCodes.WRONG_VALUE_COUNT,
					new IssueDatum.ValueToAppend(written, "="));
		} else if (m.lastIsTotalOfOthers()) {
			Column beforeTotal = m.columns().get(expected - 2);
			error(message + "；最后一个数等于前面各数之和，是“" + Labels.column(last) + "”：缺的是某一列，按合计推算其值为 0（表头少了一列？请核对是哪一列）",
					m.figureRow(), P.getFigureRow_Row(), IssueCodes.WRONG_VALUE_COUNT,
					new IssueDatum.ValueToInsert(written - 1, "0", Labels.column(beforeTotal)));
		} else if (m.candidates().size() == 1 && m.candidates().get(0).value() != null) {
			var candidate = m.candidates().get(0);
			int index = m.columns().indexOf(candidate.column());
			error(message + "；按各合计推算，缺的是“" + Labels.column(candidate.column()) + "”列，应为 "
					+ Numbers.plain(candidate.value()), m.figureRow(), P.getFigureRow_Row(),
					IssueCodes.WRONG_VALUE_COUNT,
					new IssueDatum.ValueToInsert(index, Numbers.plain(candidate.value()),
							Labels.column(candidate.column())));
		} else if (m.candidates().size() > 1 && sameGroup(m.candidates())) {
			error(message + "；按各合计推算，缺的在“" + Labels.node((TableNode) m.candidates().get(0).column().eContainer())
					+ "”一组中", m.figureRow(), P.getFigureRow_Row(), IssueCodes.WRONG_VALUE_COUNT);
		} else if (!m.candidates().isEmpty() && m.candidates().size() <= 3) {
			error(message + "；按各合计推算，缺的可能是 "
					+ m.candidates().stream().map(c -> "“" + Labels.column(c.column()) + "”")
							.collect(Collectors.joining("、"))
					+ " 之一", m.figureRow(), P.getFigureRow_Row(), IssueCodes.WRONG_VALUE_COUNT);
		} else {
			error(message + "，实际写了 " + written + " 个", m.figureRow(), P.getFigureRow_Row(),
					IssueCodes.WRONG_VALUE_COUNT);
		}
	}

	private static boolean sameGroup(List<MissingCellGuess.Candidate> candidates) {
		Object parent = candidates.get(0).column().eContainer();
		return parent instanceof ColumnGroup && candidates.stream().allMatch(c -> c.column().eContainer() == parent);
	}

	private static boolean allZero(Finding.ValueCountMismatch m) {
		return m.figureRow().getValues().stream()
				.allMatch(v -> v.getNumber() != null && v.getNumber().matches("[0０]+"));
	}

	private void missingColumn(ReportEvaluation evaluation, Finding.MissingColumn m) {
		Part part = evaluation.parts().partShowing(m.table());
		if (part == null) {
			return;
		}
		int expected = m.columns().size();
		error("本表各行只有 " + (expected - 1) + " 个数，且第 " + (expected - 1) + " 个数等于前 " + (expected - 2)
				+ " 个数之和：似缺少一列（表头少了一列？）。应为 " + spaced(m.columns()) + " " + expected + " 列", part,
				P.getPart_Heading(), IssueCodes.MISSING_COLUMN);
	}

	private static String spaced(List<Column> columns) {
		return columns.stream().map(Labels::column).collect(Collectors.joining(" "));
	}

	/** The computed columns as the table prints them (总计), each label once; "合计" for a row without one. */
	private static String computedLabels(Finding.ValueCountMismatch m) {
		String labels = m.columns().stream().filter(c -> c.getSum() != null).map(Column::getLabel).distinct()
				.collect(Collectors.joining("、"));
		return labels.isEmpty() ? "合计" : labels;
	}

	private void missingRows(ReportEvaluation evaluation, Finding.MissingRows m) {
		Part part = evaluation.parts().partShowing(m.table());
		if (part == null) {
			return; // the missing part is reported instead
		}
		String rows = m.rows().stream().map(Row::getLabel).collect(Collectors.joining("；"));
		String message = part.getFigures() == null
				? "此部分缺少表格数据：请逐行填写，或写 all zero 表示全部为 0"
				: "表格缺少 " + m.rows().size() + " 行：" + rows + "（如均为 0，可写 others zero）";
		error(message, part, P.getPart_Heading(), IssueCodes.MISSING_ROW,
				new IssueDatum.MissingRows(m.rows().stream().map(Row::getName).toList()));
	}

	private void checkValue(TableFigures figures, Value value) {
		Reading reading = figures.reading(value);
		if (reading == null || reading.problem() == null) {
			return;
		}
		Column column = figures.columnOf(value);
		String where = column == null ? "" : "（" + Labels.column(column) + "）";
		switch (reading.problem()) {
		case PLACEHOLDER -> error("“" + reading.text() + "”不是数值" + where + "：应填 0（没有发生的事项填 0）", value, null,
				IssueCodes.PLACEHOLDER_VALUE, new IssueDatum.Replacement("0"));
		case BLANK -> error("空白单元格" + where + "：应填数字，没有发生的填 0", value, null, IssueCodes.BLANK_CELL,
				new IssueDatum.Replacement("0"));
		case STRAY -> error("“" + reading.text() + "”不是数值" + where + "：请删除或改为数字", value, null, IssueCodes.STRAY_TEXT);
		case COMPUTED_NOT_A_TOTAL -> error("“=”只能写在合计单元格" + where + "：此处应填数字", value, null,
				IssueCodes.COMPUTED_MARK_MISPLACED);
		case INVALID -> error("“" + reading.text() + "”不是有效的数值" + where + "：只能写阿拉伯数字和小数点，不加千位分隔符", value,
				null, IssueCodes.INVALID_NUMBER);
		case NEGATIVE -> error("数值不能为负" + where + "：" + reading.text(), value, null, IssueCodes.NEGATIVE_COUNT);
		case DECIMAL_IN_COUNT -> error("件数应为整数" + where + "：" + reading.text(), value, null, IssueCodes.DECIMAL_COUNT);
		case TOO_LARGE -> error("数值过大" + where + "：" + reading.text() + "（超过 "
				+ (column != null && column.isAmount() ? ValueReader.MAX_AMOUNT : ValueReader.MAX_COUNT).toPlainString()
				+ "），请检查是否多写了数字", value, null, IssueCodes.NUMBER_TOO_LARGE);
		case FULL_WIDTH -> warning("全角数字“" + ValueReader.written(value) + "”：表格应使用半角数字 " + reading.text(), value, null,
				IssueCodes.FULL_WIDTH_DIGITS, new IssueDatum.Replacement(reading.text()));
		}
	}
}
