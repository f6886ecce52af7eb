package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;
import java.math.BigDecimal;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.nianbao.eval.FigureRefs;
import org.nianbao.eval.Finding;
import org.nianbao.eval.Numbers;
import org.nianbao.eval.PhrasePatterns;
import org.nianbao.eval.StatedFigures;
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
		if (ref.getRow() instanceof Row row && !row.eIsProxy() && ref.getColumn() == null
				&& FigureRefs.column(ref) == null) {
			error("“" + row.getName() + "”有多列，请写明引用哪一列，如 {" + row.getName() + "."
					+ Forms.columnsOf(row).get(0).getName()
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
				String cite = StatedFigures.isCell(p.figure())
						? "：请核对，或改为引用 {" + reference(p.figure()) + "} 由表格自动填写"
						: "：请核对";
				IssueDatum[] data = StatedFigures.isCell(p.figure())
						? new IssueDatum[]{new IssueDatum.Citation(reference(p.figure()))}
						: new IssueDatum[0];
				warningAt("正文写“" + p.statedText() + "”，而表格中" + StatedFigures.label(p.figure()) + "为 "
						+ Numbers.plain(p.inTable()) + unitSuffix(p.figure()) + cite, p.paragraph(), p.offset(),
						p.length(),
						IssueCodes.PROSE_CONTRADICTS_TABLE, data);
			} else if (finding instanceof Finding.ProseRounding r) {
				int places = Math.max(0, r.stated().scale());
				warningAt("正文写“" + r.statedText() + "”，而表格中" + StatedFigures.label(r.figure()) + "为 "
						+ Numbers.plain(r.inTable()) + unitSuffix(r.figure()) + "：四舍五入"
						+ (places == 0 ? "到整数" : "保留 " + places + " 位小数")
						+ "应为 " + r.rounded().toPlainString(), r.paragraph(), r.offset(), r.length(),
						IssueCodes.PROSE_ROUNDING,
						new IssueDatum.Replacement(r.rounded().toPlainString()));
			} else if (finding instanceof Finding.ProseUnit u) {
				warningAt("正文写“" + u.statedText() + "”，单位与表格不同：表格中" + StatedFigures.label(u.figure()) + "为 "
						+ Numbers.plain(u.inTable()) + " " + u.tableUnit() + "，正文的数字与之相同，单位却写成了“" + u.statedUnit()
						+ "”：请改为“"
						+ u.tableUnit() + "”", u.paragraph(), u.offset(), u.length(), IssueCodes.PROSE_UNIT,
						new IssueDatum.TableUnit(u.tableUnit()));
			} else if (finding instanceof Finding.ProseChange c) {
				change(c);
			}
		}
	}

	private void change(Finding.ProseChange c) {
		String message = "正文写“" + c.statedText() + "”，而表格中" + StatedFigures.label(c.figure()) + "本年为 "
				+ Numbers.plain(c.thisYear())
				+ "，上年报告为 " + Numbers.plain(c.lastYear()) + "，实际比上年" + c.change().describe(c.actual());
		BigDecimal corrected = c.correctedAmount();
		if (corrected != null) {
			warningAt(message, c.paragraph(), c.offset(), c.length(), IssueCodes.PROSE_CHANGE_MISMATCH,
					new IssueDatum.Replacement(Numbers.plain(corrected)));
		} else {
			warningAt(message, c.paragraph(), c.offset(), c.length(), IssueCodes.PROSE_CHANGE_MISMATCH);
		}
	}

	private static String unitSuffix(FigureRef figure) {
		String unit = StatedFigures.unit(figure);
		return unit == null ? "" : " " + unit;
	}

	private static String reference(FigureRef ref) {
		Row row = (Row) ref.getRow();
		return ref.getColumn() == null ? row.getName() : row.getName() + "." + ref.getColumn().getName();
	}
}
