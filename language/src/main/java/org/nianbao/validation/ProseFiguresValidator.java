package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.nianbao.eval.FigureRefs;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Phrase;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;


/** Figures in prose: references that must name one cell, and numbers stated in words that contradict the tables. */
public class ProseFiguresValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;
	private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();


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
		if (pattern(phrase.getPattern()) == null) {
			error("不是有效的正则表达式，或缺少表示数字的第一个分组“(…)”", phrase, P.getPhrase_Pattern(), IssueCodes.INVALID_PATTERN);
		}
	}

	@Check
	public void checkStatedFigures(Report report) {
		ReportEvaluation evaluation = evaluationOf(report);
		Form form = evaluation.form();
		if (form == null || form.getPhrases().isEmpty()) {
			return;
		}
		for (Paragraph paragraph : EcoreUtil2.getAllContentsOfType(report, Paragraph.class)) {
			for (ILeafNode leaf : NodeModelUtils.getNode(paragraph).getLeafNodes()) {
				if (!leaf.isHidden() && isProseToken(leaf)) {
					checkText(paragraph, leaf, form.getPhrases(), evaluation);
				}
			}
		}
	}

	/** Prose, or the prose after a {reference}, with a number in it: what a phrase can match. */
	private static boolean isProseToken(INode leaf) {
		String text = leaf.getText();
		return (text.startsWith("|") || text.startsWith("}")) && text.chars().anyMatch(c -> c >= '0' && c <= '9');
	}

	private void checkText(Paragraph paragraph, ILeafNode leaf, List<Phrase> phrases, ReportEvaluation evaluation) {
		String text = leaf.getText();
		for (Phrase phrase : phrases) {
			Pattern pattern = pattern(phrase.getPattern());
			if (pattern == null || phrase.getFigure() == null) {
				continue;
			}
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				BigDecimal table = evaluation.value(phrase.getFigure());
				BigDecimal stated = new BigDecimal(matcher.group(1));
				if (table != null && table.compareTo(stated) != 0) {
					String reference = reference(phrase.getFigure());
					getMessageAcceptor().acceptWarning("正文写“" + matcher.group() + "”，而表格中" + label(phrase.getFigure()) + "为 "
							+ Equations.plain(table) + "：请核对，或改为引用 {" + reference + "} 由表格自动填写", paragraph,
							leaf.getOffset() + matcher.start(1), matcher.end(1) - matcher.start(1),
							IssueCodes.PROSE_CONTRADICTS_TABLE, reference);
				}
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

	/** The phrase's pattern, or null when it does not compile or has no group for the number. */
	private static Pattern pattern(String regex) {
		if (regex == null) {
			return null;
		}
		return PATTERNS.computeIfAbsent(regex, r -> {
			try {
				Pattern pattern = Pattern.compile(r);
				return pattern.matcher("").groupCount() < 1 ? Optional.empty() : Optional.of(pattern);
			} catch (PatternSyntaxException e) {
				return Optional.empty();
			}
		}).orElse(null);
	}
}
