package org.nianbao.ide.quickfix;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.Finding;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.Forms;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.TableNode;
import org.nianbao.nianbao.Value;

import com.google.inject.Inject;

/**
 * Whether a wrong total is wrong only because one of the cells it adds up is itself a wrong total: then the cause is
 * that cell, and replacing this one by "its computed value" would break a figure that was right.
 */
class DerivedTotals {

	@Inject
	private ReportEvaluator evaluator;

	/** True when every total mismatch reported at the value at this offset adds up a cell itself reported wrong. */
	boolean isDerived(EObject near, int offset) {
		Report report = EcoreUtil2.getContainerOfType(near, Report.class);
		if (report == null) {
			return false;
		}
		List<Finding.TotalMismatch> mismatches = evaluator.evaluate(report).findings().stream()
				.filter(Finding.TotalMismatch.class::isInstance).map(Finding.TotalMismatch.class::cast).toList();
		List<Finding.TotalMismatch> here = mismatches.stream().filter(m -> startsAt(m.at(), offset)).toList();
		if (here.isEmpty()) {
			return false;
		}
		return here.stream().allMatch(m -> addsUpAWrongCell(m, mismatches));
	}

	private static boolean startsAt(Value value, int offset) {
		ITextRegion region = Nodes.region(value);
		return region != null && region.getOffset() == offset;
	}

	private static boolean addsUpAWrongCell(Finding.TotalMismatch total, List<Finding.TotalMismatch> all) {
		Set<TableNode> terms = new HashSet<>();
		if (total.total() instanceof Column column && column.getSum() != null) {
			column.getSum().getTerms().forEach(t -> addTerm(terms, t));
		} else if (total.total() instanceof Row row && row.getSum() != null) {
			row.getSum().getTerms().forEach(t -> addTerm(terms, t));
		}
		for (Finding.TotalMismatch other : all) {
			if (other == total || other.at() == total.at()) {
				continue;
			}
			boolean term = total.total() instanceof Column
					? other.row() == total.row() && terms.contains(other.column())
					: other.column() == total.column() && terms.contains(other.row());
			if (term) {
				return true;
			}
		}
		return false;
	}

	private static void addTerm(Set<TableNode> terms, TableNode term) {
		if (term != null && !term.eIsProxy()) {
			terms.add(term);
			terms.addAll(Forms.leavesOf(term));
		}
	}
}
