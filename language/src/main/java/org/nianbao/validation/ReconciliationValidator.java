package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.nianbao.eval.Finding;
import org.nianbao.eval.Numbers;
import org.nianbao.form.Labels;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;

/** The reconciliation rules (勾稽关系): written totals and the form's equations. */
public class ReconciliationValidator extends NianbaoCheckBase {

	@Check
	public void checkFigures(Report report) {
		for (Finding finding : evaluationOf(report).findings()) {
			if (finding instanceof Finding.TotalMismatch mismatch) {
				totalMismatch(mismatch);
			} else if (finding instanceof Finding.RuleViolation violation) {
				ruleViolated(report, violation);
			}
		}
	}

	private void totalMismatch(Finding.TotalMismatch m) {
		String context;
		String total;
		if (m.total() instanceof Column) {
			String row = m.row().getLabel();
			context = row == null || row.isEmpty() ? "" : "（“" + row + "”行）";
			total = Labels.column(m.column());
		} else {
			context = "（" + Labels.column(m.column()) + "列）";
			total = Labels.row(m.row());
		}
		String message = "合计不符" + context + "：" + total + "写为 " + Numbers.plain(m.written()) + "，而 "
				+ Equations.side(m.terms(), m.sum());
		List<IssueDatum> data = new ArrayList<>();
		data.add(new IssueDatum.Replacement(Numbers.plain(m.sum())));
		for (Finding.Operand operand : m.operands()) {
			IssueDatum.Related related = IssueDatum.Related.of(operand.at(), "参与求和：" + operand.label());
			if (related != null) {
				data.add(related);
			}
		}
		error(message, m.at(), null, IssueCodes.TOTAL_MISMATCH, data.toArray(IssueDatum[]::new));
	}

	private void ruleViolated(Report report, Finding.RuleViolation v) {
		String across = v.across() instanceof Column column
				? Labels.column(column) + "列"
				: Labels.row((Row) v.across()) + "行";
		String message = v.rule().getMessage() + "（" + across + "）：" + Equations.side(v.left(), v.leftSum()) + "，"
				+ Equations.side(v.right(), v.rightSum());
		if (v.at() != null) {
			error(message, v.at(), null, IssueCodes.RULE_VIOLATED);
		} else {
			error(message, report, NianbaoPackage.Literals.DOCUMENT__NAME, IssueCodes.RULE_VIOLATED);
		}
	}
}
