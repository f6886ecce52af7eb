package org.nianbao.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.nianbao.export.OutputPaths;
import org.nianbao.export.ReportWriter;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.layout.Block;
import org.nianbao.layout.ClosingDate;
import org.nianbao.layout.DocumentLayout;
import org.nianbao.nianbao.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import com.google.inject.Inject;

/**
 * Turns a report into a Word document typeset per GB/T 9704: the blocks of its {@link DocumentLayout} (title,
 * preface, the parts under their official headings with their tables, the closing organ and date), in order.
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
		return build(DocumentLayout.of(evaluator.evaluate(report), errors), report);
	}

	/** Typesets the blocks of {@code layout} in order; what they say was decided there. */
	private static XWPFDocument build(DocumentLayout layout, Report report) {
		XWPFDocument document = new XWPFDocument();
		Styles.apply(document);
		Block previous = null;
		for (Block block : layout.blocks()) {
			write(document, block, previous);
			previous = block;
		}
		FooterWriter.apply(document);
		if (layout.draft()) {
			DraftMark.apply(document, layout.draftMark());
		}
		DocumentProperties.apply(document, report, layout.title());
		PageSetup.apply(document);
		return document;
	}

	private static void write(XWPFDocument document, Block block, Block previous) {
		if (block instanceof Block.Title title) {
			for (String line : title.lines()) {
				paragraph(document, Styles.TITLE, line);
			}
			paragraph(document, Styles.NORMAL, "");
		} else if (block instanceof Block.Heading heading && heading.level() == 1) {
			CTP headingParagraph = paragraph(document, Styles.HEADING_1, heading.text());
			if (previous instanceof Block.Table) {
				// the grid would glue the heading to the table's bottom border: half a line above it
				var spacing = headingParagraph.getPPr().addNewSpacing();
				spacing.setBefore(BigInteger.valueOf(PageSetup.LINE_PITCH / 2));
			}
		} else if (block instanceof Block.Heading heading) {
			paragraph(document, Styles.heading(heading.level()), heading.text());
		} else if (block instanceof Block.Text text) {
			paragraph(document, Styles.NORMAL, text.plain());
		} else if (block instanceof Block.Contact contact) {
			ContactLine.write(paragraph(document, Styles.NORMAL, ""), contact.sentence());
		} else if (block instanceof Block.Table table) {
			TableWriter.write(document, table.layout());
		} else if (block instanceof Block.Image image) {
			ImageWriter.write(document, image);
		} else if (block instanceof Block.Signature signature) {
			closing(document, signature);
		}
	}

	/** The organ and the date, right-aligned, kept on the page of the last paragraph (never alone on a page). */
	private static void closing(XWPFDocument document, Block.Signature signature) {
		String date = signature.date();
		String organ = signature.organ();
		List<org.apache.poi.xwpf.usermodel.IBodyElement> body = document.getBodyElements();
		if (!body.isEmpty() && body.get(body.size() - 1) instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph last) {
			keepWithNext(last.getCTP());
		}
		keepWithNext(paragraph(document, Styles.NORMAL, ""));
		// The date stands four characters in from the right; the organ is centred over it.
		double dateWidth = date == null ? ClosingDate.width(organ) : ClosingDate.width(date);
		if (!organ.isEmpty()) {
			double inset = Math.max(0, 4 + (dateWidth - ClosingDate.width(organ)) / 2);
			CTP signatureLine = paragraph(document, Styles.CLOSING, organ);
			rightIndented(signatureLine, inset);
			if (date != null) {
				keepWithNext(signatureLine);
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
