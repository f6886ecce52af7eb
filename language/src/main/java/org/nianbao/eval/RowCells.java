package org.nianbao.eval;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Value;

/**
 * The cells of a figure row: the values on the row's own line. A value on a later line is a stray character that
 * the parser attached to the row above it (e.g. a dash typed before the next row's name); it is reported on its
 * own line and does not shift the row.
 */
record RowCells(List<Value> values, List<Value> strays) {

	static RowCells of(FigureRow row) {
		ICompositeNode node = NodeModelUtils.getNode(row);
		if (node == null) {
			return new RowCells(row.getValues(), List.of());
		}
		List<Value> values = new ArrayList<>();
		List<Value> strays = new ArrayList<>();
		boolean started = false;
		boolean newLine = false;
		Value current = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				newLine |= started && leaf.getText().indexOf('\n') >= 0;
				continue;
			}
			if (!started) {
				started = true;
				continue;
			}
			if (leaf.getSemanticElement() instanceof Value value && value != current) {
				current = value;
				(newLine ? strays : values).add(value);
			}
		}
		return new RowCells(values, strays);
	}
}
