package org.nianbao.validation;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.nianbao.eval.FigureRefs;
import org.nianbao.eval.Finding;
import org.nianbao.eval.Numbers;
import org.nianbao.eval.PhrasePatterns;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Phrase;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;


/** Figures in prose: references that must name one cell, and numbers stated in words that contradict the tables. */
public class ProseFiguresValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Check
	public void checkReference(FigureRef ref) {
		if (ref.getRow() instanceof Row row && !row.eIsProxy() && ref.getColumn() == null && FigureRefs.column(ref) == null) {
			error("“" + row.getName() + "”有多列，请写明引用哪一列，如 {" + row.getName() + "." + Forms.columnsOf(row).get(0).getName()
					+ "}", ref, P.getFigureRef_Row(), IssueCodes.AMBIGUOUS_REFERENCE);
		}
	}

	@Check
	public void checkLastYearsFigure(FigureRef ref) {
		if (!ref.isLastYear()) {
			return;
		}
		Report report = EcoreUtil2.getContainerOfType(ref, Report.class);
		if (report != null && report.getPrevious() == null) {
			error("引用上年数字需要先在报告开头用 previous 写明上年报告", ref, P.getFigureRef_LastYear(), IssueCodes.NO_PREVIOUS_REPORT);
		} else if (report != null && FigureRefs.column(ref) != null && evaluationOf(report).value(ref) == null) {
			warning("取不到上年报告中的这个数字（上年报告缺少此行或使用了不同的格式）", ref, P.getFigureRef_Row(),
					IssueCodes.NO_PREVIOUS_REPORT);
		}
	}

	@Check
	public void checkPhrase(Phrase phrase) {
		if (PhrasePatterns.of(phrase.getPattern()) == null) {
			error("不是有效的正则表达式，或缺少表示数字的第一个分组“(…)”", phrase, P.getPhrase_Pattern(), IssueCodes.INVALID_PATTERN);
		}
	}

	@Check
	public void checkStatedFigures(Report report) {
		for (Finding finding : evaluationOf(report).findings()) {
			if (finding instanceof Finding.ProseContradiction p) {
				String reference = reference(p.figure());
				getMessageAcceptor().acceptWarning("正文写“" + p.statedText() + "”，而表格中" + label(p.figure()) + "为 "
						+ Numbers.plain(p.table()) + "：请核对，或改为引用 {" + reference + "} 由表格自动填写", p.paragraph(),
						p.offset(), p.length(), IssueCodes.PROSE_CONTRADICTS_TABLE, reference);
			}
		}
	}

	private static String reference(FigureRef ref) {
		Row row = (Row) ref.getRow();
		return ref.getColumn() == null ? row.getName() : row.getName() + "." + ref.getColumn().getName();
	}

	private static String label(FigureRef ref) {
		Row row = (Row) ref.getRow();
		var column = FigureRefs.column(ref);
		String rowLabel = row.getLabel() == null || row.getLabel().isEmpty() ? "" : "“" + row.getLabel() + "”";
		return column == null ? rowLabel : rowLabel + "“" + column.getLabel() + "”";
	}
}
