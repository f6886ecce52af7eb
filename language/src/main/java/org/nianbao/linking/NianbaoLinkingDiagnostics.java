package org.nianbao.linking;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.validation.IssueCodes;

/** Unresolved names, said in the words of the report. */
public class NianbaoLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		var reference = context.getReference();
		if (reference == P.getFigureRow_Row()) {
			return new DiagnosticMessage("表格中没有名为“" + name + "”的行（可能是写错，或是旧格式的行）", Severity.ERROR,
					IssueCodes.UNKNOWN_ROW, name);
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
