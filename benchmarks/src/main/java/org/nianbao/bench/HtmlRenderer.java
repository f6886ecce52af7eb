package org.nianbao.bench;

import java.util.List;

import org.nianbao.docx.TableLayout;
import org.nianbao.docx.TableLayout.GridRow;
import org.nianbao.docx.TableLayout.Merge;
import org.nianbao.docx.TableLayout.Slot;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.ProseText;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SubHeading;

/**
 * The same report as HTML with merged-cell tables: what a user without Nianbao would hand to pandoc.
 * Table cells come from the same layout and evaluator as the Word document.
 */
final class HtmlRenderer {

	private HtmlRenderer() {
	}

	static String render(Report report, ReportEvaluation evaluation) {
		StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>")
				.append(escape(report.getOrgan())).append("</title></head><body>\n");
		html.append("<h1>").append(escape(report.getOrgan() + report.getYear() + "年政府信息公开工作年度报告")).append("</h1>\n");
		prose(html, report.getPreface(), evaluation);
		for (Part part : report.getParts()) {
			FormPart formPart = evaluation.layout().match(part).part();
			html.append("<h2>").append(escape(formPart == null ? part.getHeading() : formPart.getLabel())).append("</h2>\n");
			prose(html, part.getProse(), evaluation);
			if (formPart != null && formPart.getTable() != null) {
				table(html, TableLayout.of(formPart.getTable(), evaluation.table(formPart.getTable())));
			}
		}
		return html.append("</body></html>\n").toString();
	}

	private static void prose(StringBuilder html, List<ProseItem> items, ReportEvaluation evaluation) {
		for (ProseItem item : items) {
			String tag = item instanceof SubHeading ? "h3" : "p";
			html.append('<').append(tag).append('>').append(escape(ProseText.of(item, evaluation::text))).append("</")
					.append(tag).append(">\n");
		}
	}

	private static void table(StringBuilder html, TableLayout layout) {
		html.append("<table border=\"1\">\n");
		List<GridRow> rows = layout.rows();
		for (int r = 0; r < rows.size(); r++) {
			html.append("<tr>");
			for (Slot slot : rows.get(r).slots()) {
				if (slot.merge() == Merge.CONTINUE) {
					continue;
				}
				html.append(rows.get(r).header() ? "<th" : "<td");
				if (slot.span() > 1) {
					html.append(" colspan=\"").append(slot.span()).append('"');
				}
				if (slot.merge() == Merge.RESTART) {
					html.append(" rowspan=\"").append(rowspan(rows, r, slot.column())).append('"');
				}
				html.append('>').append(escape(slot.text())).append(rows.get(r).header() ? "</th>" : "</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private static int rowspan(List<GridRow> rows, int top, int column) {
		int span = 1;
		for (int r = top + 1; r < rows.size(); r++) {
			boolean continues = rows.get(r).slots().stream()
					.anyMatch(s -> s.column() == column && s.merge() == Merge.CONTINUE);
			if (!continues) {
				break;
			}
			span++;
		}
		return span;
	}

	private static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
