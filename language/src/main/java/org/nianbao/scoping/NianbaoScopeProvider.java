package org.nianbao.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.nianbao.form.FormResolver;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.ColumnNode;
import org.nianbao.nianbao.Dimension;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Phrase;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Table;

import com.google.inject.Inject;

/**
 * Names in a form resolve within their table (a total's terms among its own table's rows or
 * columns, a rule's terms among rows or columns as its dimension says); names in a report resolve
 * against the rows and columns of the report's form.
 */
public class NianbaoScopeProvider extends AbstractNianbaoScopeProvider {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Inject
	private FormResolver formResolver;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == P.getFormPart_Table()) {
			Form form = Forms.formOf(context);
			return form == null ? IScope.NULLSCOPE : Scopes.scopeFor(form.getTables());
		}
		if (reference == P.getSum_Terms()) {
			return sumTerms(context);
		}
		if (reference == P.getCarry_From() || reference == P.getCarry_Into()) {
			Table table = Forms.tableOf(context);
			return table == null ? IScope.NULLSCOPE : Scopes.scopeFor(Forms.leafRows(table));
		}
		if (reference == P.getFigureRef_Row() && EcoreUtil2.getContainerOfType(context, Phrase.class) != null) {
			Form form = Forms.formOf(context);
			return form == null ? IScope.NULLSCOPE : Scopes.scopeFor(phraseRows(form));
		}
		if (reference == P.getFigureRow_Row() || reference == P.getFigureRef_Row()) {
			Report report = EcoreUtil2.getContainerOfType(context, Report.class);
			Form form = report != null ? formResolver.formOf(report) : Forms.formOf(context);
			return form == null ? IScope.NULLSCOPE : Scopes.scopeFor(Forms.leafRows(form));
		}
		if (reference == P.getFigureRef_Column()) {
			return figureColumns(context);
		}
		return super.getScope(context, reference);
	}

	private IScope sumTerms(EObject context) {
		Table table = Forms.tableOf(context);
		if (table == null) {
			return IScope.NULLSCOPE;
		}
		Rule rule = EcoreUtil2.getContainerOfType(context, Rule.class);
		boolean overRows = rule != null
				? rule.getDimension() == Dimension.COLUMN
				: EcoreUtil2.getContainerOfType(context, RowNode.class) != null;
		return Scopes.scopeFor(Forms.nodes(table, overRows));
	}

	private IScope figureColumns(EObject context) {
		if (!(context instanceof FigureRef ref) || ref.getRow() == null || ref.getRow().eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		boolean phrase = EcoreUtil2.getContainerOfType(context, Phrase.class) != null;
		Row row = ref.getRow() instanceof Row r ? r : phrase ? firstLeaf(ref.getRow()) : null;
		if (row == null) {
			return IScope.NULLSCOPE;
		}
		List<ColumnNode> columns = new ArrayList<>(Forms.columnsOf(row));
		if (phrase) {
			for (Column column : Forms.columnsOf(row)) {
				for (EObject up = column.eContainer(); up instanceof ColumnGroup group; up = group.eContainer()) {
					if (!columns.contains(group)) {
						columns.add(group);
					}
				}
			}
		}
		return Scopes.scopeFor(columns);
	}

	/**
	 * A phrase may state a group's sum as well as a cell: 不予公开.总计 (the eight （三） rows), 案件数.行政诉讼. Prose in
	 * a report cites cells only.
	 */
	private static List<RowNode> phraseRows(Form form) {
		List<RowNode> rows = new ArrayList<>();
		for (Table table : form.getTables()) {
			Forms.nodes(table, true).forEach(n -> rows.add((RowNode) n));
		}
		return rows;
	}

	private static Row firstLeaf(RowNode node) {
		if (node instanceof Row row) {
			return row;
		}
		if (node instanceof RowGroup group) {
			for (RowNode member : group.getMembers()) {
				Row leaf = firstLeaf(member);
				if (leaf != null) {
					return leaf;
				}
			}
		}
		return null;
	}
}
