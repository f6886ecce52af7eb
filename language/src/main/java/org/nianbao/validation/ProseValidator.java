package org.nianbao.validation;

import org.eclipse.xtext.validation.Check;
import org.nianbao.form.PartMatch;
import org.nianbao.form.ProseText;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Stray;


/** What the form asks of the prose parts: a length limit, things that must be mentioned. */
public class ProseValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;


	@Check
	public void checkStray(Stray stray) {
		error("多余的“" + stray.getText() + "”：不属于正文或表格，请删除（正文写在以 | 开头的行中）", stray,
				NianbaoPackage.Literals.PROSE_ITEM__TEXT, IssueCodes.STRAY_TEXT);
	}

	@Check
	public void checkProse(Report report) {
		var evaluation = evaluationOf(report);
		var layout = evaluation.layout();
		for (Part part : report.getParts()) {
			PartMatch match = layout.match(part);
			FormPart formPart = match.part();
			if (formPart == null || layout.written(formPart) != part) {
				continue;
			}
			String text = ProseText.of(part, evaluation::text);
			if (formPart.getLimit() != null) {
				int limit = Integer.parseInt(formPart.getLimit());
				int length = ProseText.length(text);
				if (length > limit) {
					warning("“" + formPart.getLabel() + "”共 " + length + " 字，超过格式要求的原则上不超过 " + limit + " 字", part,
							P.getPart_Heading(), IssueCodes.PROSE_TOO_LONG);
				}
			}
			for (String mention : formPart.getMentions()) {
				if (!text.contains(mention)) {
					warning("“" + formPart.getLabel() + "”未提及“" + mention + "”：按格式要求应在此部分说明（未发生也应写明，如“未收取" + mention
							+ "”）", part, P.getPart_Heading(), IssueCodes.MISSING_MENTION, mention);
				}
			}
		}
	}
}
