package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.nianbao.form.Forms;
import org.nianbao.form.PartMatch;
import org.nianbao.form.ReportParts;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.form.ProseLines;
import org.nianbao.parsing.UnquotedImageLine;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;

/** The parts of a report: each one known, written once, in the form's order, headed as printed. */
public class PartStructureValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Check
	public void checkParts(Report report) {
		ReportParts parts = evaluationOf(report).parts();
		Form form = parts.form();
		if (form == null) {
			return;
		}
		int furthest = -1;
		FormPart furthestPart = null;
		for (Part part : report.getParts()) {
			PartMatch match = parts.match(part);
			if (match.part() == null) {
				error("未知的部分标题“" + part.getHeading() + "”：应为 " + labels(form.getParts()) + " 之一", part,
						P.getPart_Heading(), IssueCodes.UNKNOWN_PART);
				continue;
			}
			FormPart formPart = match.part();
			if (parts.written(formPart) != part) {
				error("重复的部分“" + formPart.getLabel() + "”：此部分已在前面写过", part, P.getPart_Heading(),
						IssueCodes.DUPLICATE_PART);
				continue;
			}
			headingAsPrinted(part, match);
			int index = form.getParts().indexOf(formPart);
			if (index < furthest) {
				error("部分顺序有误：“" + formPart.getLabel() + "”应在“" + furthestPart.getLabel() + "”之前", part,
						P.getPart_Heading(), IssueCodes.PART_OUT_OF_ORDER);
			} else {
				furthest = index;
				furthestPart = formPart;
			}
			contentFitsPart(part, formPart);
		}
		proseWithoutBar(report.getPrefaceFigures(), "前言");
		List<FormPart> missing = parts.missingParts();
		if (!missing.isEmpty()) {
			error("报告缺少部分：" + labels(missing), report, P.getDocument_Name(), IssueCodes.MISSING_PART,
					new IssueDatum.MissingParts(missing.stream().map(FormPart::getName).toList()));
		}
	}

	private void headingAsPrinted(Part part, PartMatch match) {
		String official = match.part().getLabel();
		if (!match.numberRight()) {
			warning("标题编号有误：“" + part.getHeading() + "”应为“" + official + "”", part, P.getPart_Heading(),
					IssueCodes.HEADING_MISNUMBERED, new IssueDatum.OfficialHeading(official));
		} else if (!match.titleRight()) {
			warning("部分标题与格式不一致：“" + part.getHeading() + "”应为“" + official + "”", part, P.getPart_Heading(),
					IssueCodes.HEADING_MISLABELLED, new IssueDatum.OfficialHeading(official));
		}
	}

	private void contentFitsPart(Part part, FormPart formPart) {
		if (part.getFigures() == null) {
			return;
		}
		if (formPart.getTable() == null && UnquotedImageLine.contains(part.getFigures())) {
			return; // the pieces of an image path without quotes, read as a row: the syntax error says so
		}
		if (formPart.getTable() == null) {
			figuresInProsePart(part, formPart);
			return;
		}
		for (FigureRow figureRow : org.nianbao.form.ReportParts.figuresOf(part).stream()
				.flatMap(f -> f.getRows().stream()).toList()) {
			if (figureRow.getRow() instanceof Row row && !row.eIsProxy()) {
				Table table = Forms.tableOf(row);
				if (table != formPart.getTable()) {
					FormPart owner = table == null ? null : Forms.partShowing(table);
					error("行“" + row.getName() + "”不属于本部分的表格" + (owner == null ? "" : "，它属于“" + owner.getLabel() + "”"),
							figureRow, P.getFigureRow_Row(), IssueCodes.ROW_NOT_IN_TABLE);
				}
			}
		}
	}

	private void figuresInProsePart(Part part, FormPart formPart) {
		proseWithoutBar(ReportParts.figuresOf(part), "“" + formPart.getLabel() + "”");
	}

	/**
	 * Lines of prose without "| " (in a prose part or the preface, named by where) are said once each; rows of the form
	 * written there are figures in a prose part.
	 */
	private void proseWithoutBar(List<org.nianbao.nianbao.Figures> written, String where) {
		Set<Integer> lines = new HashSet<>();
		for (org.nianbao.nianbao.Figures figures : written) {
			boolean rowsOfTheForm = figures.getRows().isEmpty(); // "all zero" alone
			for (FigureRow figureRow : figures.getRows()) {
				INode node = NodeModelUtils.getNode(figureRow);
				if (figureRow.getRow() != null && !figureRow.getRow().eIsProxy()) {
					rowsOfTheForm = true;
				} else if (node != null && !ProseLines.startsWithFullWidthBar(node)
						&& lines.add(ProseLines.lineStart(node))) {
					String text = node.getRootNode().getText();
					int start = ProseLines.firstCharacter(node);
					int end = text.indexOf('\n', start);
					end = end < 0 ? text.length() : end;
					while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
						end--;
					}
					errorAt("正文段落要以“| ”开头", figureRow, start, end - start,
							IssueCodes.PROSE_WITHOUT_BAR);
				}
			}
			if (rowsOfTheForm) {
				error(where + "是文字部分，不应填写表格数据", figures, null, IssueCodes.FIGURES_IN_PROSE_PART);
				return;
			}
		}
	}

	private static String labels(List<FormPart> parts) {
		return parts.stream().map(p -> "“" + p.getLabel() + "”").collect(Collectors.joining("、"));
	}
}
