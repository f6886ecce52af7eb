package org.nianbao.linking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.form.FormResolver;
import org.nianbao.form.Forms;
import org.nianbao.form.MeasureWords;
import org.nianbao.form.Labels;
import org.nianbao.form.RowSuggestions;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.form.ProseLines;
import org.nianbao.parsing.UnquotedImageLine;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.Row;
import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueData;
import org.nianbao.issues.IssueDatum;

import com.google.inject.Inject;

/** Unresolved names, said in the words of the report. */
public class NianbaoLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Inject
	private FormResolver formResolver;

	/** A unit word right after a number on the same line: 行政许可 12件 is a figure with its unit, not a row “件”. */
	private static boolean isUnitAfterNumber(EObject row, String name) {
		if (!MeasureWords.UNITS.contains(name)) { // clerks copy units into cells; they are the header's business
			return false;
		}
		ICompositeNode node = NodeModelUtils.getNode(row);
		if (node == null) {
			return false;
		}
		String text = node.getRootNode().getText();
		int at = node.getOffset();
		while (at > 0
				&& (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t' || text.charAt(at - 1) == '\u3000')) {
			at--;
		}
		char before = at > 0 ? text.charAt(at - 1) : '\n';
		return (before >= '0' && before <= '9') || (before >= '０' && before <= '９');
	}

	/** A report naming a form that cannot be found: every name in its tables and references depends on it. */
	private static boolean formIsMissing(EObject object) {
		Report report = EcoreUtil2.getContainerOfType(object, Report.class);
		return report != null && report.getForm() != null && report.getForm().eIsProxy();
	}

	/**
	 * A group written as a row of figures (（六）其他处理 printed without its three rows): said once, with the rows it
	 * stands for that are not written; evaluation takes those rows as unknown rather than missing.
	 */
	private static DiagnosticMessage groupAsRow(EObject figureRow, String name, RowGroup group) {
		Set<String> written = new HashSet<>();
		Part part = EcoreUtil2.getContainerOfType(figureRow, Part.class);
		if (part != null) {
			for (FigureRow row : EcoreUtil2.getAllContentsOfType(part, FigureRow.class)) {
				NodeModelUtils.findNodesForFeature(row, P.getFigureRow_Row())
						.forEach(n -> written.add(NodeModelUtils.getTokenText(n)));
			}
		}
		List<Row> absent = Forms.leafRows(group).stream()
				.filter(r -> r.getSum() == null && !written.contains(r.getName()))
				.toList();
		String head = "“" + name + "”是分组" + (name.equals(group.getLabel()) ? "" : "“" + group.getLabel() + "”")
				+ "，不是一行：格式要求分别填写其下各行";
		String message = absent.isEmpty()
				? head + "，这些行已填写，请删除此行"
				: head + "，缺少 " + absent.size() + " 行："
						+ absent.stream().map(Row::getLabel).collect(Collectors.joining("；"))
						+ "（原表只印了这一行的，请核对后分行填写）";
		return IssueData.message(message, Severity.ERROR, IssueCodes.GROUP_AS_ROW,
				new IssueDatum.MissingRows(absent.stream().map(Row::getName).toList()));
	}

	/** Where a row that is like no row of the form stands: "；写在“行政查询事项”与“不掌握相关信息”之间". */
	private static String between(EObject figureRow) {
		if (!(figureRow.eContainer() instanceof Figures figures)) {
			return "";
		}
		int at = figures.getRows().indexOf(figureRow);
		String before = at > 0 ? rowText(figures.getRows().get(at - 1)) : null;
		String after = at + 1 < figures.getRows().size() ? rowText(figures.getRows().get(at + 1)) : null;
		if (before == null && after == null) {
			return "";
		}
		return "；写在" + (before == null
				? "“" + after + "”之前"
				: after == null
						? "“" + before + "”之后"
						: "“" + before + "”与“" + after + "”之间");
	}

	private static String rowText(FigureRow row) {
		String name = RowSuggestions.writtenName(row);
		return name.isEmpty() ? null : name.replace("\"", "");
	}

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		var reference = context.getReference();
		if (reference != P.getReport_Form() && reference != P.getReportRef_Report()
				&& formIsMissing(context.getContext())) {
			return null; // the form itself is reported, once
		}
		if (reference == P.getFigureRow_Row() && UnquotedImageLine.contains(context.getContext())) {
			return null; // a piece of an image path without quotes: the syntax error says so
		}
		if (reference == P.getFigureRow_Row() && (ProseLines.startsWithFullWidthBar(context.getContext())
				|| ProseLines.inPreface(context.getContext())
				|| ProseLines.inProsePart(context.getContext(),
						formResolver.formOf(EcoreUtil2.getContainerOfType(context.getContext(), Report.class))))) {
			return null; // a line of prose without its "| ": said once for the line (PartStructureValidator, ProseValidator)
		}
		if (reference == P.getFigureRow_Row() && isUnitAfterNumber(context.getContext(), name)) {
			return IssueData.message("数字后不要写单位“" + name + "”：表格中只写数字，单位由表头给出（请删除“" + name + "”）",
					Severity.ERROR, IssueCodes.UNIT_AFTER_NUMBER, new IssueDatum.UnitToDelete(name));
		}
		if (reference == P.getFigureRow_Row()) {
			Form form = formResolver.formOf(EcoreUtil2.getContainerOfType(context.getContext(), Report.class));
			RowGroup group = RowSuggestions.group(form, name);
			if (group != null) {
				return groupAsRow(context.getContext(), name, group);
			}
			List<Row> nearest = RowSuggestions.nearest(form, name, 3);
			List<Row> around = nearest.isEmpty() && context.getContext() instanceof FigureRow row
					? RowSuggestions.unwrittenAround(form, row)
					: List.of();
			String hint = !around.isEmpty()
					? "（可能是写错，或是旧格式的行" + between(context.getContext()) + "，此处未填的行："
							+ around.stream().map(Row::getLabel).collect(Collectors.joining("、")) + "）"
					: nearest.isEmpty()
							? "（可能是写错，或是旧格式的行" + between(context.getContext()) + "）"
							: "：是否应为 " + nearest.stream().map(r -> "“" + r.getName() + "”（" + Labels.row(r) + "）")
									.collect(Collectors.joining("、")) + "？";
			String what = name.startsWith("\"")
					? "印作“" + name.substring(1, Math.max(1, name.length() - 1)) + "”" // a printed label
					: "名为“" + name + "”";
			return IssueData.message("表格中没有" + what + "的行" + hint, Severity.ERROR, IssueCodes.UNKNOWN_ROW,
					new IssueDatum.RowChoices(
							(nearest.isEmpty() ? around : nearest).stream().map(Row::getName).toList()));
		}
		if (reference == P.getFigureRef_Row()) {
			return IssueData.message("引用的行“" + name + "”不存在", Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE,
					new IssueDatum.UnresolvedName(name));
		}
		if (reference == P.getFigureRef_Column()) {
			return IssueData.message("此行没有名为“" + name + "”的列", Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE,
					new IssueDatum.UnresolvedName(name));
		}
		if (reference == P.getReport_Form()) {
			return IssueData.message("找不到格式“" + name + "”：请确认格式文件在工作区中且名称拼写正确", Severity.ERROR,
					IssueCodes.FORM_NOT_FOUND, new IssueDatum.UnresolvedName(name));
		}
		if (reference == P.getReportRef_Report()) {
			return IssueData.message("找不到名为“" + name + "”的报告：请确认该报告的文件在工作区中、名称拼写正确（也可以写文件路径，如 \"../2023年报.nianbao\"）",
					Severity.ERROR, IssueCodes.REPORT_NOT_FOUND, new IssueDatum.UnresolvedName(name));
		}
		if (reference == P.getSum_Terms()) {
			return IssueData.message("本表中没有名为“" + name + "”的行或列（规则与合计只能引用同一表中的行或列）", Severity.ERROR,
					IssueCodes.UNKNOWN_NAME, new IssueDatum.UnresolvedName(name));
		}
		if (reference == P.getFormPart_Table()) {
			return IssueData.message("本格式中没有名为“" + name + "”的表格", Severity.ERROR, IssueCodes.UNKNOWN_NAME,
					new IssueDatum.UnresolvedName(name));
		}
		return super.getUnresolvedProxyMessage(context);
	}
}
