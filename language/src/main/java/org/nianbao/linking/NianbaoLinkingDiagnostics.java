package org.nianbao.linking;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.form.FormResolver;
import org.nianbao.form.MeasureWords;
import org.nianbao.form.Labels;
import org.nianbao.form.RowSuggestions;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.form.ProseLines;
import org.nianbao.parsing.UnquotedImageLine;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.validation.IssueCodes;

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
		while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t' || text.charAt(at - 1) == '\u3000')) {
			at--;
		}
		char before = at > 0 ? text.charAt(at - 1) : '\n';
		return before >= '0' && before <= '9' || before >= '０' && before <= '９';
	}

	/** A report naming a form that cannot be found: every name in its tables and references depends on it. */
	private static boolean formIsMissing(EObject object) {
		Report report = EcoreUtil2.getContainerOfType(object, Report.class);
		return report != null && report.getForm() != null && report.getForm().eIsProxy();
	}

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		var reference = context.getReference();
		if (reference != P.getReport_Form() && reference != P.getReportRef_Report() && formIsMissing(context.getContext())) {
			return null; // the form itself is reported, once
		}
		if (reference == P.getFigureRow_Row() && UnquotedImageLine.contains(context.getContext())) {
			return null; // a piece of an image path without quotes: the syntax error says so
		}
		if (reference == P.getFigureRow_Row() && (ProseLines.startsWithFullWidthBar(context.getContext())
				|| ProseLines.inPreface(context.getContext())
				|| ProseLines.inProsePart(context.getContext(), formResolver.formOf(EcoreUtil2.getContainerOfType(context.getContext(), Report.class))))) {
			return null; // a line of prose without its "| ": said once for the line (PartStructureValidator, ProseValidator)
		}
		if (reference == P.getFigureRow_Row() && isUnitAfterNumber(context.getContext(), name)) {
			return new DiagnosticMessage("数字后不要写单位“" + name + "”：表格中只写数字，单位由表头给出（请删除“" + name + "”）",
					Severity.ERROR, IssueCodes.UNIT_AFTER_NUMBER, name);
		}
		if (reference == P.getFigureRow_Row()) {
			List<Row> nearest = RowSuggestions.nearest(formResolver.formOf(EcoreUtil2.getContainerOfType(context.getContext(),
					Report.class)), name, 3);
			String hint = nearest.isEmpty() ? "（可能是写错，或是旧格式的行）"
					: "：是否应为 " + nearest.stream().map(r -> "“" + r.getName() + "”（" + Labels.row(r) + "）")
							.collect(Collectors.joining("、")) + "？";
			return new DiagnosticMessage("表格中没有名为“" + name + "”的行" + hint, Severity.ERROR, IssueCodes.UNKNOWN_ROW,
					nearest.stream().map(Row::getName).toArray(String[]::new));
		}
		if (reference == P.getFigureRef_Row()) {
			return new DiagnosticMessage("引用的行“" + name + "”不存在", Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE, name);
		}
		if (reference == P.getFigureRef_Column()) {
			return new DiagnosticMessage("此行没有名为“" + name + "”的列", Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE, name);
		}
		if (reference == P.getReport_Form()) {
			return new DiagnosticMessage("找不到格式“" + name + "”：请确认格式文件在工作区中且名称拼写正确", Severity.ERROR,
					IssueCodes.FORM_NOT_FOUND, name);
		}
		if (reference == P.getReportRef_Report()) {
			return new DiagnosticMessage("找不到名为“" + name + "”的报告：请确认该报告的文件在工作区中、名称拼写正确（也可以写文件路径，如 \"../2023年报.nianbao\"）",
					Severity.ERROR, IssueCodes.REPORT_NOT_FOUND, name);
		}
		if (reference == P.getSum_Terms()) {
			return new DiagnosticMessage("本表中没有名为“" + name + "”的行或列（规则与合计只能引用同一表中的行或列）", Severity.ERROR,
					IssueCodes.UNKNOWN_NAME, name);
		}
		if (reference == P.getFormPart_Table()) {
			return new DiagnosticMessage("本格式中没有名为“" + name + "”的表格", Severity.ERROR, IssueCodes.UNKNOWN_NAME, name);
		}
		return super.getUnresolvedProxyMessage(context);
	}
}
