package org.nianbao.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.Forms;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;

import com.google.inject.Inject;

/** Writes a table's missing rows with zeros, each after the written row that precedes it in the form. */
class MissingRowsFix {

	@Inject
	private ReportEvaluator evaluator;

	List<TextEdit> insertRows(EObject object, Document document, List<String> names) {
		Part part = EcoreUtil2.getContainerOfType(object, Part.class);
		Table table = tableOf(part);
		if (table == null) {
			return List.of();
		}
		TextInsertions insertions = new TextInsertions(document);
		List<Row> rows = Forms.leafRows(table);
		for (Row row : rows) {
			if (!names.contains(row.getName())) {
				continue;
			}
			String line = row.getName() + " 0".repeat(Forms.columnsOf(row).size());
			FigureRow before = writtenBefore(part, rows, row);
			if (before != null) {
				ITextRegion region = Nodes.region(before);
				insertions.insertLineAfter(region.getOffset() + region.getLength(), line);
			} else {
				insertTableLine(part, insertions, line);
			}
		}
		return insertions.edits();
	}

	/** "others zero" after the last written row, or "all zero" where the part has no figures. */
	List<TextEdit> insertZeroFill(EObject object, Document document) {
		Part part = EcoreUtil2.getContainerOfType(object, Part.class);
		if (tableOf(part) == null || (part.getFigures() != null && part.getFigures().getFill() != null)) {
			return List.of();
		}
		TextInsertions insertions = new TextInsertions(document);
		if (part.getFigures() == null || part.getFigures().getRows().isEmpty()) {
			insertTableLine(part, insertions, "all zero");
		} else {
			List<FigureRow> written = part.getFigures().getRows();
			ITextRegion last = Nodes.region(written.get(written.size() - 1));
			insertions.insertLineAfter(last.getOffset() + last.getLength(), "others zero");
		}
		return insertions.edits();
	}

	private Table tableOf(Part part) {
		Report report = EcoreUtil2.getContainerOfType(part, Report.class);
		if (report == null) {
			return null;
		}
		FormPart formPart = evaluator.evaluate(report).parts().match(part).part();
		return formPart == null ? null : formPart.getTable();
	}

	private static FigureRow writtenBefore(Part part, List<Row> rows, Row row) {
		if (part.getFigures() == null) {
			return null;
		}
		FigureRow found = null;
		int index = rows.indexOf(row);
		for (FigureRow figureRow : part.getFigures().getRows()) {
			if (figureRow.getRow() instanceof Row written && rows.indexOf(written) >= 0 && rows.indexOf(written) < index
					&& Nodes.region(figureRow) != null) {
				found = figureRow;
			}
		}
		return found;
	}

	/** A line at the table's start: before its first written row, else after the part's prose. */
	private static void insertTableLine(Part part, TextInsertions insertions, String line) {
		if (part.getFigures() != null && !part.getFigures().getRows().isEmpty()) {
			insertions.insertLineBefore(Nodes.region(part.getFigures().getRows().get(0)).getOffset(), line);
			return;
		}
		EObject last = part.getProse().isEmpty() ? null : part.getProse().get(part.getProse().size() - 1);
		ITextRegion region = last == null
				? Nodes.region(part, NianbaoPackage.Literals.PART__HEADING)
				: Nodes.region(last);
		insertions.insertLineAfter(region.getOffset() + region.getLength(), line);
	}
}
