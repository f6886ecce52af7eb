package org.nianbao.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.nianbao.layout.TableLayout;
import org.nianbao.layout.TableLayout.Align;
import org.nianbao.layout.TableLayout.GridRow;
import org.nianbao.layout.TableLayout.Kind;
import org.nianbao.layout.TableLayout.Merge;
import org.nianbao.layout.TableLayout.Slot;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a {@link TableLayout} as a Word table: a full tblGrid, horizontal merges as gridSpan, vertical ones
 * as vMerge, header rows that repeat on each page, rows that never split, and a fixed layout whose widths
 * fit the text block.
 */
final class TableWriter {

	private TableWriter() {
	}

	static XWPFTable write(XWPFDocument document, TableLayout layout) {
		int fontSize = TableWidths.fontSize(layout);
		int[] widths = TableWidths.of(layout, fontSize);
		XWPFTable table = document.createTable();
		table.removeRow(0);
		CTTbl tbl = table.getCTTbl();
		properties(tbl, widths);
		CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		List<GridRow> rows = layout.rows();
		// A one-block table (3, 4) stays whole: every row keeps with the next, so it starts a new page rather than
		// cut a merged label in two. A table of several blocks (2) breaks only between blocks.
		boolean oneBlock = layout.repeatHeader();
		for (int i = 0; i < rows.size(); i++) {
			GridRow row = rows.get(i);
			CTRow tr = tbl.addNewTr();
			CTTrPr trPr = tr.addNewTrPr();
			trPr.addNewCantSplit();
			var height = trPr.addNewTrHeight();
			height.setVal(BigInteger.valueOf(TableWidths.rowHeight(fontSize)));
			height.setHRule(STHeightRule.AT_LEAST);
			boolean repeated = layout.repeatHeader() && row.header() && allHeadersBefore(rows, i);
			if (repeated) {
				trPr.addNewTblHeader();
			}
			boolean keepWithNext = i < rows.size() - 1 && (oneBlock || !row.endsBlock());
			for (Slot slot : row.slots()) {
				cell(tr.addNewTc(), slot, widths, fontSize, keepWithNext);
			}
		}
		return table;
	}

	private static boolean allHeadersBefore(List<GridRow> rows, int index) {
		for (int i = 0; i <= index; i++) {
			if (!rows.get(i).header()) {
				return false;
			}
		}
		return true;
	}

	private static void properties(CTTbl tbl, int[] widths) {
		CTTblPr pr = tbl.getTblPr() == null ? tbl.addNewTblPr() : tbl.getTblPr();
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		var tblW = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		tblW.setType(STTblWidth.DXA);
		tblW.setW(BigInteger.valueOf(total));
		(pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(STJcTable.CENTER);
		if (pr.isSetTblBorders()) {
			pr.unsetTblBorders();
		}
		CTTblBorders borders = pr.addNewTblBorders();
		line(borders.addNewTop());
		line(borders.addNewLeft());
		line(borders.addNewBottom());
		line(borders.addNewRight());
		line(borders.addNewInsideH());
		line(borders.addNewInsideV());
		(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		CTTblCellMar margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
		margin(margins.addNewLeft());
		margin(margins.addNewRight());
	}

	private static void line(CTBorder border) {
		border.setVal(STBorder.SINGLE);
		border.setSz(BigInteger.valueOf(4));
		border.setSpace(BigInteger.ZERO);
		border.setColor("000000");
	}

	private static void margin(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth width) {
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(TableWidths.CELL_MARGIN));
	}

	private static void cell(CTTc tc, Slot slot, int[] widths, int fontSize, boolean keepWithNext) {
		CTTcPr pr = tc.addNewTcPr();
		int width = 0;
		for (int c = slot.column(); c < slot.column() + slot.span(); c++) {
			width += widths[c];
		}
		var tcW = pr.addNewTcW();
		tcW.setType(STTblWidth.DXA);
		tcW.setW(BigInteger.valueOf(width));
		if (slot.span() > 1) {
			pr.addNewGridSpan().setVal(BigInteger.valueOf(slot.span()));
		}
		if (slot.merge() == Merge.RESTART) {
			pr.addNewVMerge().setVal(STMerge.RESTART);
		} else if (slot.merge() == Merge.CONTINUE) {
			pr.addNewVMerge();
		}
		pr.addNewVAlign().setVal(STVerticalJc.CENTER);
		CTP p = tc.addNewP();
		CTPPr pPr = p.addNewPPr();
		pPr.addNewPStyle().setVal(Styles.TABLE_TEXT);
		if (keepWithNext) {
			pPr.addNewKeepNext();
		}
		if (slot.align() == Align.LEFT) {
			pPr.addNewJc().setVal(STJc.LEFT);
		}
		if (slot.merge() == Merge.CONTINUE || slot.text().isEmpty()) {
			return;
		}
		String text = XmlText.clean(slot.text());
		List<String> lines = slot.kind() == Kind.VALUE
				? List.of(text)
				: LabelBreaks.lines(text, (width - 2 * TableWidths.CELL_MARGIN) / (fontSize * 10));
		CTR r = p.addNewR();
		RunStyle.size(fontSize).writeTo(r.addNewRPr());
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				r.addNewBr();
			}
			CTText t = r.addNewT();
			t.setStringValue(lines.get(i));
			t.setSpace(SpaceAttribute.Space.PRESERVE);
		}
	}
}
