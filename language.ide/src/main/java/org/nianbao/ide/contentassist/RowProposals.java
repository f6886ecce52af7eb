package org.nianbao.ide.contentassist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.Forms;
import org.nianbao.ide.formatting.ColumnGaps;
import org.nianbao.ide.text.DisplayWidth;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.Value;

/**
 * The rows of the current part's table that are not written yet, in the form's order. A row to fill in comes
 * with a 0 per cell to fill in and the computed mark {@code =} in the cells the form computes. It is aligned
 * with the rows already written, as the formatter would align them.
 */
class RowProposals extends LineStartProposals {

	private static final int PRIORITY = 900;

	@Override
	void propose(ContentAssistContext context, CursorPart cursor, ReportEvaluation evaluation,
			IIdeContentProposalAcceptor acceptor) {
		if (cursor.part() == null) {
			return;
		}
		FormPart formPart = evaluation.parts().match(cursor.part()).part();
		Table table = formPart == null ? null : formPart.getTable();
		if (table == null) {
			return; // a prose part, or a heading the form does not know
		}
		Set<Row> written = new HashSet<>();
		if (cursor.part().getFigures() != null) {
			for (FigureRow figureRow : cursor.part().getFigures().getRows()) {
				ITextRegion region = Nodes.region(figureRow);
				boolean beingTyped = region != null && region.getOffset() <= context.getOffset()
						&& context.getOffset() <= region.getOffset() + region.getLength();
				if (figureRow.getRow() instanceof Row row && !row.eIsProxy() && !beingTyped) {
					written.add(row);
				}
			}
		}
		String text = context.getRootNode().getText();
		List<Row> rows = Forms.leafRows(table);
		int rank = 0;
		for (Row row : rows) {
			if (written.contains(row)) {
				continue;
			}
			boolean computed = row.getSum() != null;
			String line = aligned(row, values(row), cursor.part().getFigures(), text);
			ContentAssistEntry entry = creator.createProposal(line, context, ContentAssistEntry.KIND_FIELD, e -> {
				e.setLabel(row.getName());
				e.setDescription(row.getLabel() + (computed ? "（合计行，可不写）" : ""));
			});
			if (entry != null) {
				// rows to fill in first, in the form's order; computed totals after them
				acceptor.accept(entry, PRIORITY - (computed ? 100 : 0) - rank++);
			}
		}
	}

	/** A 0 in each cell to fill in, the computed mark {@code =} in each cell the form computes (its totals). */
	private static List<String> values(Row row) {
		List<String> values = new ArrayList<>();
		for (Column column : Forms.columnsOf(row)) {
			values.add(row.getSum() != null || column.getSum() != null ? "=" : "0");
		}
		return values;
	}

	/**
	 * The row aligned with the rows already written: its values right-aligned under theirs (where the table is laid
	 * out by the formatter, that is where the formatter would put them), its name padded up to the first column.
	 */
	private static String aligned(Row row, List<String> values, Figures written, String text) {
		if (values.isEmpty()) {
			return row.getName();
		}
		int[] widths = new int[values.size()];
		for (int i = 0; i < values.size(); i++) {
			widths[i] = DisplayWidth.of(values.get(i));
		}
		Block block = EcoreUtil2.getContainerOfType(row, Block.class);
		List<FigureRow> sameBlock = new ArrayList<>();
		for (FigureRow other : written == null ? List.<FigureRow>of() : written.getRows()) {
			if (other.getRow() instanceof Row r && !r.eIsProxy()
					&& EcoreUtil2.getContainerOfType(r, Block.class) == block
					&& other.getValues().size() == values.size() && Nodes.region(other.getValues().get(0)) != null) {
				sameBlock.add(other);
				for (int i = 0; i < values.size(); i++) {
					widths[i] = Math.max(widths[i], DisplayWidth.of(written(other.getValues().get(i), text)));
				}
			}
		}
		int nameWidth = DisplayWidth.of(row.getName());
		for (FigureRow other : sameBlock) {
			int start = Nodes.region(other.getValues().get(0)).getOffset();
			String before = text.substring(text.lastIndexOf('\n', start - 1) + 1, start);
			int columnStart = DisplayWidth.of(before) + DisplayWidth.of(written(other.getValues().get(0), text))
					- widths[0];
			nameWidth = Math.max(nameWidth, columnStart - 1);
		}
		boolean[] gaps = ColumnGaps.of(row, values.size());
		StringBuilder out = new StringBuilder(DisplayWidth.padRight(row.getName(), nameWidth));
		for (int i = 0; i < values.size(); i++) {
			out.append(gaps != null && gaps[i] ? "  " : " ").append(DisplayWidth.padLeft(values.get(i), widths[i]));
		}
		return out.toString();
	}

	private static String written(Value value, String text) {
		ITextRegion region = Nodes.region(value);
		return region == null
				? ""
				: text.substring(region.getOffset(), region.getOffset() + region.getLength()).strip();
	}
}
