package org.nianbao.layout;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.HeadingLevel;
import org.nianbao.form.ProseText;
import org.nianbao.form.PublishedDate;
import org.nianbao.image.LoadedImage;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Image;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SubHeading;
import org.nianbao.nianbao.Table;

/**
 * The printed document, laid out once for every writer (Word, the web page, the editor's preview): the title, the
 * preface and contact, each part under its heading with its prose and table, and the signature. A writer renders
 * these blocks in order and decides nothing about what is printed or where.
 */
public final class DocumentLayout {

	private final List<Block> blocks;
	private final String title;
	private final long errors;

	private DocumentLayout(List<Block> blocks, String title, long errors) {
		this.blocks = List.copyOf(blocks);
		this.title = title;
		this.errors = errors;
	}

	/** The document of a report without errors. */
	public static DocumentLayout of(ReportEvaluation evaluation) {
		return of(evaluation, 0);
	}

	/** {@code errors}: how many errors the report still has; more than none makes the document a draft. */
	public static DocumentLayout of(ReportEvaluation evaluation, long errors) {
		Report report = evaluation.report();
		List<Block> blocks = new ArrayList<>();
		List<String> title = TitleLines.of(report);
		blocks.add(new Block.Title(List.copyOf(title)));
		prose(blocks, report.getPreface(), evaluation);
		String contact = ContactSentence.of(report.getContact());
		if (!contact.isEmpty()) {
			blocks.add(new Block.Contact(contact, report.getContact()));
		}
		int index = 0;
		for (Part part : report.getParts()) {
			part(blocks, part, ++index, evaluation);
		}
		Block.Signature signature = signature(report);
		if (signature != null) {
			blocks.add(signature);
		}
		return new DocumentLayout(blocks, String.join("", title), errors);
	}

	public List<Block> blocks() {
		return blocks;
	}

	/** The title on one line, as the document's name. */
	public String title() {
		return title;
	}

	/** The errors the report still has; a document with any is a draft and says so. */
	public long errors() {
		return errors;
	}

	public boolean draft() {
		return errors > 0;
	}

	/** The mark a draft carries on every page. */
	public String draftMark() {
		return "草稿：报告尚有 " + errors + " 个错误，不得发布";
	}

	private static void part(List<Block> blocks, Part part, int index, ReportEvaluation evaluation) {
		FormPart formPart = evaluation.parts().match(part).part();
		String heading = formPart != null ? formPart.getLabel() : part.getHeading();
		blocks.add(new Block.Heading(1, heading == null ? "" : heading.strip(), index, part));
		prose(blocks, part.getProse(), evaluation);
		if (formPart != null && formPart.getTable() != null && evaluation.parts().written(formPart) == part) {
			Table table = formPart.getTable();
			String caption = table.getLabel() != null && !table.getLabel().isBlank()
					? table.getLabel()
					: formPart.getLabel();
			blocks.add(new Block.Table(TableLayout.of(table, evaluation.table(table)), evaluation.table(table),
					caption));
		}
		prose(blocks, part.getClosing(), evaluation);
	}

	private static void prose(List<Block> blocks, List<ProseItem> items, ReportEvaluation evaluation) {
		for (ProseItem item : items) {
			if (item instanceof SubHeading heading) {
				blocks.add(new Block.Heading(HeadingLevel.of(heading), heading.getText().strip(), 0, heading));
			} else if (item instanceof Paragraph paragraph) {
				List<Block.Span> spans = new ArrayList<>();
				ProseText.walk(paragraph, text -> spans.add(new Block.Written(text)),
						ref -> spans.add(new Block.Figure(FigureText.figure(ref, evaluation), ref)));
				blocks.add(new Block.Text(List.copyOf(spans), paragraph));
			} else if (item instanceof Image image) {
				blocks.add(new Block.Image(LoadedImage.of(image),
						image.getText() == null ? "" : image.getText().strip(), image));
			}
		}
	}

	/** The organ signs even before the report is published; the date is printed once {@code published} is written. */
	private static Block.Signature signature(Report report) {
		String date = ClosingDate.of(report.getPublished());
		String organ = report.getOrgan() == null ? "" : report.getOrgan().strip();
		if (date == null && organ.isEmpty()) {
			return null;
		}
		return new Block.Signature(organ, date, date == null ? null : PublishedDate.parse(report.getPublished()));
	}
}
