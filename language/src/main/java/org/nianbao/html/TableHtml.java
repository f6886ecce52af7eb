package org.nianbao.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.eval.TableFigures;
import org.nianbao.layout.TableLayout;
import org.nianbao.layout.TableLayout.Align;
import org.nianbao.layout.TableLayout.Figure;
import org.nianbao.layout.TableLayout.GridRow;
import org.nianbao.layout.TableLayout.Kind;
import org.nianbao.layout.TableLayout.Merge;
import org.nianbao.layout.TableLayout.Slot;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Value;

/**
 * Writes a {@link TableLayout} as an HTML table: vertical merges as {@code rowspan}, horizontal ones as
 * {@code colspan}, header cells as {@code <th scope>}, one row group per block (a single block's header rows in
 * {@code <thead>}, so a printed page repeats them), label column widths as the layout gives them. A value cell
 * says where its figure comes from: {@code computed} (a total) or {@code filled} (a row left out as zero).
 */
final class TableHtml {

	private TableHtml() {
	}

	static void write(StringBuilder out, TableLayout layout, TableFigures figures, String caption,
			SourceAttributes source) {
		String density = layout.density().name().toLowerCase(Locale.ROOT);
		out.append("<div class=\"scroll\" tabindex=\"0\">\n<table class=\"figures ").append(density).append("\">\n");
		out.append("<caption>");
		HtmlText.escape(caption, out);
		out.append("</caption>\n");
		int[] labelWidths = layout.labelWidths();
		out.append("<colgroup>");
		for (int width : labelWidths) {
			out.append("<col class=\"w").append(width).append("\">");
		}
		for (int c = 0; c < layout.valueColumns(); c++) {
			out.append("<col>");
		}
		out.append("</colgroup>\n");
		for (List<GridRow> block : blocks(layout.rows())) {
			boolean head = layout.repeatHeader();
			boolean inHead = false;
			if (head && block.get(0).header()) {
				out.append("<thead>\n");
				inHead = true;
			} else {
				out.append("<tbody>\n");
			}
			for (int r = 0; r < block.size(); r++) {
				GridRow row = block.get(r);
				if (inHead && !row.header()) {
					out.append("</thead>\n<tbody>\n");
					inHead = false;
				}
				row(out, row, figures, source);
			}
			out.append(inHead ? "</thead>\n" : "</tbody>\n");
		}
		out.append("</table>\n</div>\n");
	}

	/** The grid's rows split into the form's blocks. */
	private static List<List<GridRow>> blocks(List<GridRow> rows) {
		List<List<GridRow>> blocks = new ArrayList<>();
		List<GridRow> current = new ArrayList<>();
		for (GridRow row : rows) {
			current.add(row);
			if (row.endsBlock()) {
				blocks.add(current);
				current = new ArrayList<>();
			}
		}
		if (!current.isEmpty()) {
			blocks.add(current);
		}
		return blocks;
	}

	private static void row(StringBuilder out, GridRow row, TableFigures figures, SourceAttributes source) {
		FigureRow written = null;
		for (Slot slot : row.slots()) {
			if (slot.figure() != null && figures != null) {
				written = figures.writtenRow(slot.figure().row());
				break;
			}
		}
		out.append("<tr");
		source.append(out, written, null);
		out.append('>');
		for (Slot slot : row.slots()) {
			if (slot.merge() == Merge.CONTINUE) {
				continue;
			}
			if (slot.kind() == Kind.VALUE) {
				value(out, slot, figures, source);
			} else {
				header(out, slot, written, source);
			}
		}
		out.append("</tr>\n");
	}

	private static void header(StringBuilder out, Slot slot, FigureRow written,
			SourceAttributes source) {
		out.append("<th");
		spans(out, slot);
		String scope = switch (slot.kind()) {
		case TITLE -> "colgroup";
		case GROUP -> "rowgroup";
		case LABEL -> "row";
		default -> slot.span() > 1 && slot.node() != null ? "colgroup" : "col";
		};
		out.append(" scope=\"").append(scope).append('"');
		String classes = slot.kind().name().toLowerCase(Locale.ROOT) + (slot.align() == Align.LEFT ? " left" : "");
		if (slot.kind() == Kind.LABEL && written != null) {
			List<INode> name = NodeModelUtils.findNodesForFeature(written, NianbaoPackage.Literals.FIGURE_ROW__ROW);
			source.append(out, name.isEmpty() ? null : name.get(0), classes);
		} else {
			out.append(" class=\"").append(classes).append('"');
		}
		out.append('>');
		HtmlText.escape(slot.text(), out);
		out.append("</th>");
	}

	private static void value(StringBuilder out, Slot slot, TableFigures figures, SourceAttributes source) {
		out.append("<td");
		spans(out, slot);
		Figure figure = slot.figure();
		Value written = figures == null ? null : figures.writtenValue(figure.row(), figure.column());
		String origin = switch (figure.origin()) {
		case COMPUTED -> "computed";
		case ZERO_FILLED -> "filled";
		case MISSING -> "missing";
		default -> null;
		};
		source.append(out, written, origin);
		out.append('>');
		HtmlText.escape(slot.text(), out);
		out.append("</td>");
	}

	private static void spans(StringBuilder out, Slot slot) {
		if (slot.span() > 1) {
			out.append(" colspan=\"").append(slot.span()).append('"');
		}
		if (slot.height() > 1) {
			out.append(" rowspan=\"").append(slot.height()).append('"');
		}
	}
}
