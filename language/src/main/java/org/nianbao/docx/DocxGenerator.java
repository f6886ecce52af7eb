package org.nianbao.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.export.OutputPaths;
import org.nianbao.export.ReportWriter;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.HeadingLevel;
import org.nianbao.layout.ClosingDate;
import org.nianbao.layout.ContactSentence;
import org.nianbao.layout.FigureText;
import org.nianbao.layout.TableLayout;
import org.nianbao.layout.TitleLines;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Image;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SubHeading;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import com.google.inject.Inject;

/**
 * Turns a report into a Word document typeset per GB/T 9704: title, preface, the parts under their official
 * headings with their tables, and the closing organ and date. Every figure comes from the shared evaluator.
 */
public class DocxGenerator implements ReportWriter {

	@Inject
	private ReportEvaluator evaluator;

	@Override
	public String extension() {
		return OutputPaths.DOCX_EXTENSION;
	}

	@Override
	public String documentName() {
		return "Word 文档";
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		write(report, out, 0);
	}

	@Override
	public boolean isOurs(Path existing) {
		return DocumentProperties.writtenByNianbao(existing);
	}

	/** {@code errors}: how many errors the report still has; a document of a report with errors is marked a draft. */
	@Override
	public void write(Report report, OutputStream out, long errors) throws IOException {
		XWPFDocument document = build(report, errors);
		try {
			document.write(out);
		} finally {
			// Not close(): a package made in memory is saved once more into memory when closed, which is 10% of
			// the time to generate a document. Nothing was opened, so there is nothing else to release.
			document.getPackage().revert();
		}
	}

	public XWPFDocument build(Report report) {
		return build(report, 0);
	}

	public XWPFDocument build(Report report, long errors) {
		ReportEvaluation evaluation = evaluator.evaluate(report);
		XWPFDocument document = new XWPFDocument();
		Styles.apply(document);
		for (String line : TitleLines.of(report)) {
			paragraph(document, Styles.TITLE, line);
		}
		paragraph(document, Styles.NORMAL, "");
		prose(document, report.getPreface(), evaluation);
		String contact = ContactSentence.of(report.getContact());
		if (!contact.isEmpty()) {
			ContactLine.write(paragraph(document, Styles.NORMAL, ""), contact);
		}
		for (Part part : report.getParts()) {
			part(document, part, evaluation);
		}
		closing(document, report);
		FooterWriter.apply(document);
		if (errors > 0) {
			DraftMark.apply(document, errors);
		}
		DocumentProperties.apply(document, report, String.join("", TitleLines.of(report)));
		PageSetup.apply(document);
		return document;
	}

	private void part(XWPFDocument document, Part part, ReportEvaluation evaluation) {
		FormPart formPart = evaluation.layout().match(part).part();
		String heading = formPart != null ? formPart.getLabel() : part.getHeading();
		boolean underTable = !document.getBodyElements().isEmpty()
				&& document.getBodyElements().get(document.getBodyElements().size() - 1) instanceof org.apache.poi.xwpf.usermodel.XWPFTable;
		CTP headingParagraph = paragraph(document, Styles.HEADING_1, heading == null ? "" : heading.strip());
		if (underTable) {
			// the grid would glue the heading to the table's bottom border: half a line above it
			var spacing = headingParagraph.getPPr().addNewSpacing();
			spacing.setBefore(BigInteger.valueOf(PageSetup.LINE_PITCH / 2));
		}
		prose(document, part.getProse(), evaluation);
		if (formPart != null && formPart.getTable() != null && evaluation.layout().written(formPart) == part) {
			TableWriter.write(document, TableLayout.of(formPart.getTable(), evaluation.table(formPart.getTable())));
		}
		prose(document, part.getClosing(), evaluation);
	}

	private static void prose(XWPFDocument document, List<ProseItem> items, ReportEvaluation evaluation) {
		for (ProseItem item : items) {
			if (item instanceof SubHeading heading) {
				paragraph(document, Styles.heading(HeadingLevel.of(heading)), heading.getText().strip());
			} else if (item instanceof Paragraph paragraph) {
				paragraph(document, Styles.NORMAL, FigureText.of(paragraph, evaluation));
			} else if (item instanceof Image image) {
				ImageWriter.write(document, image);
			}
		}
	}

	/**
	 * The organ and the date, right-aligned, kept on the page of the last paragraph (never alone on a page). The
	 * organ signs even before the report is published; the date is printed once {@code published} is written.
	 */
	private static void closing(XWPFDocument document, Report report) {
		String date = ClosingDate.of(report.getPublished());
		String organ = report.getOrgan() == null ? "" : report.getOrgan().strip();
		if (date == null && organ.isEmpty()) {
			return;
		}
		List<org.apache.poi.xwpf.usermodel.IBodyElement> body = document.getBodyElements();
		if (!body.isEmpty() && body.get(body.size() - 1) instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph last) {
			keepWithNext(last.getCTP());
		}
		keepWithNext(paragraph(document, Styles.NORMAL, ""));
		// The date stands four characters in from the right; the organ is centred over it.
		double dateWidth = date == null ? ClosingDate.width(organ) : ClosingDate.width(date);
		if (!organ.isEmpty()) {
			double inset = Math.max(0, 4 + (dateWidth - ClosingDate.width(organ)) / 2);
			CTP signature = paragraph(document, Styles.CLOSING, organ);
			rightIndented(signature, inset);
			if (date != null) {
				keepWithNext(signature);
			}
		}
		if (date != null) {
			rightIndented(paragraph(document, Styles.CLOSING, date), 4);
		}
	}

	private static void keepWithNext(CTP p) {
		CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		if (!pPr.isSetKeepNext()) {
			pPr.addNewKeepNext();
		}
	}

	private static void rightIndented(CTP p, double characters) {
		CTPPr pPr = p.getPPr();
		var ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
		ind.setRight(BigInteger.valueOf(Math.round(characters * PageSetup.INDENT_TWO_CHARS / 2)));
	}

	static CTP paragraph(XWPFDocument document, String style, String written) {
		CTP p = document.createParagraph().getCTP();
		p.addNewPPr().addNewPStyle().setVal(style);
		String text = XmlText.clean(written);
		if (!text.isEmpty()) {
			CTText t = p.addNewR().addNewT();
			t.setStringValue(text);
			t.setSpace(SpaceAttribute.Space.PRESERVE);
		}
		return p;
	}
}
