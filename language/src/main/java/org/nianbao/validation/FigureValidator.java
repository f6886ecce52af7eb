package org.nianbao.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.nianbao.eval.Finding;
import org.nianbao.eval.Reading;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.TableFigures;
import org.nianbao.eval.ValueReader;
import org.nianbao.form.Labels;
import org.nianbao.nianbao.Column;
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
			} else if (finding instanceof Finding.DuplicateRow d) {
				error("重复的行“" + Labels.row(d.figureRow().getRow()) + "”：此行已在前面填写过", d.figureRow(),
						P.getFigureRow_Row(), IssueCodes.DUPLICATE_ROW);
			} else if (finding instanceof Finding.MissingRows m) {
				missingRows(evaluation, m);
			}
		}
		for (Table table : evaluation.form().getTables()) {
			TableFigures figures = evaluation.table(table);
			Part part = evaluation.layout().partShowing(table);
			if (figures == null || part == null || part.getFigures() == null) {
				continue;
			}
			for (FigureRow row : part.getFigures().getRows()) {
				row.getValues().forEach(v -> checkValue(figures, v));
			}
		}
	}

	private void valueCount(Finding.ValueCountMismatch m) {
		int written = m.figureRow().getValues().size();
		String all = names(m.columns());
		String message;
		if (m.inputColumns().size() == m.columns().size()) {
			message = "此行应有 " + m.columns().size() + " 个数值（" + all + "），实际写了 " + written + " 个";
		} else {
			message = "此行应有 " + m.columns().size() + " 个数值（" + all + "），或不写" + computedLabels(m) + "时 "
					+ m.inputColumns().size() + " 个（" + names(m.inputColumns()) + "），实际写了 " + written + " 个";
		}
		if (written < m.inputColumns().size()) {
			message += "；空白单元格应填 0";
		}
		error(message, m.figureRow(), P.getFigureRow_Row(), IssueCodes.WRONG_VALUE_COUNT,
				String.valueOf(m.columns().size()), String.valueOf(m.inputColumns().size()));
	}

	/** The computed columns as the table prints them (总计), each label once. */
	private static String computedLabels(Finding.ValueCountMismatch m) {
		return m.columns().stream().filter(c -> !m.inputColumns().contains(c)).map(Column::getLabel).distinct()
				.collect(Collectors.joining("、"));
	}

	private static String names(List<Column> columns) {
		return columns.stream().map(Labels::column).collect(Collectors.joining("、"));
	}

	private void missingRows(ReportEvaluation evaluation, Finding.MissingRows m) {
		Part part = evaluation.layout().partShowing(m.table());
		if (part == null) {
			return; // the missing part is reported instead
		}
		String rows = m.rows().stream().map(Row::getLabel).collect(Collectors.joining("；"));
		String message = part.getFigures() == null
				? "此部分缺少表格数据：请逐行填写，或写 all zero 表示全部为 0"
				: "表格缺少 " + m.rows().size() + " 行：" + rows + "（如均为 0，可写 others zero）";
		error(message, part, P.getPart_Heading(), IssueCodes.MISSING_ROW,
				m.rows().stream().map(Row::getName).toArray(String[]::new));
	}

	private void checkValue(TableFigures figures, Value value) {
		Reading reading = figures.reading(value);
		if (reading == null || reading.problem() == null) {
			return;
		}
		Column column = figures.columnOf(value);
		String where = column == null ? "" : "（" + Labels.column(column) + "）";
		switch (reading.problem()) {
		case PLACEHOLDER -> error("“/”不是数值" + where + "：没有发生的事项应填 0，不能留空或写“/”", value, null,
				IssueCodes.PLACEHOLDER_VALUE);
		case INVALID -> error("“" + reading.text() + "”不是有效的数值" + where + "：只能写阿拉伯数字和小数点，不加千位分隔符", value,
				null, IssueCodes.INVALID_NUMBER);
		case NEGATIVE -> error("数值不能为负" + where + "：" + reading.text(), value, null, IssueCodes.NEGATIVE_COUNT);
		case DECIMAL_IN_COUNT -> error("件数应为整数" + where + "：" + reading.text(), value, null, IssueCodes.DECIMAL_COUNT);
		case TOO_LARGE -> error("数值过大" + where + "：" + reading.text() + "（超过 "
				+ (column != null && column.isAmount() ? ValueReader.MAX_AMOUNT : ValueReader.MAX_COUNT).toPlainString()
				+ "），请检查是否多写了数字", value, null, IssueCodes.NUMBER_TOO_LARGE);
		case FULL_WIDTH -> warning("全角数字“" + value.getNumber() + "”：表格应使用半角数字 " + reading.text(), value, null,
				IssueCodes.FULL_WIDTH_DIGITS, reading.text());
		}
	}
}
