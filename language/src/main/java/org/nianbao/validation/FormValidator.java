package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Sum;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;

/**
 * A form's names are unique where reports and rules look them up (row names across the form,
 * column names within a table), and no total is defined in terms of itself.
 */
public class FormValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Check
	public void checkNames(Form form) {
		unique(form.getParts(), "部分");
		unique(form.getTables(), "表格");
		unique(EcoreUtil2.getAllContentsOfType(form, org.nianbao.nianbao.RowNode.class), "行");
		for (Table table : form.getTables()) {
			unique(EcoreUtil2.getAllContentsOfType(table, org.nianbao.nianbao.ColumnNode.class), "列");
		}
	}

	private void unique(List<? extends EObject> named, String kind) {
		Map<String, EObject> seen = new HashMap<>();
		for (EObject object : named) {
			var feature = object.eClass().getEStructuralFeature("name");
			String name = (String) object.eGet(feature);
			if (name == null) {
				continue;
			}
			if (seen.putIfAbsent(name, object) != null) {
				error("重复的" + kind + "名“" + name + "”", object, feature,
						IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkTotalNotCyclic(Table table) {
		for (Row row : Forms.leafRows(table)) {
			if (row.getSum() != null && reaches(row, row.getSum(), new HashSet<>())) {
				error("合计“" + row.getName() + "”直接或间接地引用了自身", row, P.getTableNode_Name(), IssueCodes.CYCLIC_TOTAL);
			}
		}
		for (Column column : Forms.leafColumns(table)) {
			if (column.getSum() != null && reaches(column, column.getSum(), new HashSet<>())) {
				error("合计“" + column.getName() + "”直接或间接地引用了自身", column, P.getTableNode_Name(),
						IssueCodes.CYCLIC_TOTAL);
			}
		}
	}

	private static boolean reaches(TableNode target, Sum sum, Set<TableNode> visited) {
		for (TableNode term : sum.getTerms()) {
			for (TableNode leaf : Forms.leavesOf(term)) {
				if (leaf == target) {
					return true;
				}
				Sum next = leaf instanceof Row r ? r.getSum() : leaf instanceof Column c ? c.getSum() : null;
				if (next != null && visited.add(leaf) && reaches(target, next, visited)) {
					return true;
				}
			}
		}
		return false;
	}
}
