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
		XWPFDocument document = build(report);
		try {
			document.write(out);
		} finally {
			// Not close(): a package made in memory is saved once more into memory when closed, which is 10% of
			// the time to generate a document. Nothing was opened, so there is nothing else to release.
			document.getPackage().revert();
		}
	}

	public XWPFDocument build(Report report) {
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
			paragraph(document, Styles.NORMAL, contact);
		}
		for (Part part : report.getParts()) {
			part(document, part, evaluation);
		}
		closing(document, report);
		FooterWriter.apply(document);
		PageSetup.apply(document);
		return document;
	}

	private void part(XWPFDocument document, Part part, ReportEvaluation evaluation) {
		FormPart formPart = evaluation.layout().match(part).part();
		String heading = formPart != null ? formPart.getLabel() : part.getHeading();
		paragraph(document, Styles.HEADING_1, heading == null ? "" : heading.strip());
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

	private static void closing(XWPFDocument document, Report report) {
		String date = ClosingDate.of(report.getPublished());
		if (date == null) {
			return;
		}
		paragraph(document, Styles.NORMAL, "");
		String organ = report.getOrgan() == null ? "" : report.getOrgan().strip();
		// The date stands four characters in from the right; the organ is centred over it.
		double dateWidth = ClosingDate.width(date);
		if (!organ.isEmpty()) {
			double inset = Math.max(0, 4 + (dateWidth - ClosingDate.width(organ)) / 2);
			rightIndented(paragraph(document, Styles.CLOSING, organ), inset);
		}
		rightIndented(paragraph(document, Styles.CLOSING, date), 4);
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
