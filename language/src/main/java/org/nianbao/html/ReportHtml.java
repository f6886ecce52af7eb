package org.nianbao.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.eval.ReportEvaluation;
import org.nianbao.layout.ClosingDate;
import org.nianbao.layout.ContactSentence;
import org.nianbao.layout.FigureText;
import org.nianbao.layout.TableLayout;
import org.nianbao.layout.TitleLines;
import org.nianbao.form.ProseText;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SubHeading;
import org.nianbao.form.HeadingLevel;
import org.nianbao.nianbao.Table;

/**
 * A report as a web page: the title, the preface and contact, the parts under their official headings with
 * their prose (cited figures printed) and tables, and the closing organ and date — the same content, in the same
 * order, as the Word document. One renderer for the published page, the editor's preview and the audit's
 * details; {@link RenderOptions} says what the preview adds.
 */
public final class ReportHtml {

	public static final String GENERATOR = "Nianbao";

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private ReportHtml() {
	}

	/** A complete, self-contained HTML5 page: the style inline, nothing loaded from elsewhere. */
	public static String page(ReportEvaluation evaluation, RenderOptions options) {
		StringBuilder out = new StringBuilder(32_768);
		out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"").append(GENERATOR).append("\">\n<title>");
		HtmlText.escape(String.join("", TitleLines.of(evaluation.report())), out);
		out.append("</title>\n<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n");
		article(out, evaluation, options);
		out.append("</body>\n</html>\n");
		return out.toString();
	}

	/** The report alone, as an {@code <article>} to put into a page of one's own (the editor's preview). */
	public static String article(ReportEvaluation evaluation, RenderOptions options) {
		StringBuilder out = new StringBuilder(32_768);
		article(out, evaluation, options);
		return out.toString();
	}

	/** The page's style sheet, for a page that shows {@link #article} in its own frame. */
	public static String css() {
		return PageStyle.CSS;
	}

	private static void article(StringBuilder out, ReportEvaluation evaluation, RenderOptions options) {
		Report report = evaluation.report();
		SourceAttributes source = new SourceAttributes(options);
		out.append("<article class=\"report").append(options.annotated() ? " preview" : "").append("\">\n<h1>");
		List<String> title = TitleLines.of(report);
		for (int i = 0; i < title.size(); i++) {
			out.append(i == 0 ? "" : "<br>");
			HtmlText.escape(title.get(i), out);
		}
		out.append("</h1>\n");
		prose(out, report.getPreface(), evaluation, source);
		String contact = ContactSentence.of(report.getContact());
		if (!contact.isEmpty()) {
			out.append("<p");
			source.append(out, report.getContact(), "contact");
			out.append('>');
			HtmlText.escape(contact, out);
			out.append("</p>\n");
		}
		int index = 0;
		for (Part part : report.getParts()) {
			part(out, part, ++index, evaluation, source);
		}
		closing(out, report);
		out.append("</article>\n");
	}

	private static void part(StringBuilder out, Part part, int index, ReportEvaluation evaluation,
			SourceAttributes source) {
		FormPart formPart = evaluation.layout().match(part).part();
		String heading = formPart != null ? formPart.getLabel() : part.getHeading();
		out.append("<section id=\"part-").append(index).append("\">\n<h2");
		source.append(out, part, null);
		out.append('>');
		HtmlText.escape(heading == null ? "" : heading.strip(), out);
		out.append("</h2>\n");
		prose(out, part.getProse(), evaluation, source);
		if (formPart != null && formPart.getTable() != null && evaluation.layout().written(formPart) == part) {
			Table table = formPart.getTable();
			String caption = table.getLabel() != null && !table.getLabel().isBlank() ? table.getLabel()
					: formPart.getLabel();
			TableHtml.write(out, TableLayout.of(table, evaluation.table(table)), evaluation.table(table), caption,
					source);
		}
		prose(out, part.getClosing(), evaluation, source);
		out.append("</section>\n");
	}

	private static void prose(StringBuilder out, List<ProseItem> items, ReportEvaluation evaluation,
			SourceAttributes source) {
		for (ProseItem item : items) {
			if (item instanceof SubHeading heading) {
				String tag = "h" + (HeadingLevel.of(heading) + 1); // parts are h2: ## h3, ### h4, #### h5
				out.append('<').append(tag);
				source.append(out, heading, null);
				out.append('>');
				HtmlText.escape(heading.getText().strip(), out);
				out.append("</").append(tag).append(">\n");
			} else if (item instanceof Paragraph paragraph) {
				out.append("<p");
				source.append(out, paragraph, null);
				out.append('>');
				ProseText.walk(paragraph, text -> HtmlText.escape(text, out), ref -> {
					out.append("<span class=\"figure\">");
					HtmlText.escape(FigureText.figure(ref, evaluation), out);
					out.append("</span>");
				});
				out.append("</p>\n");
			}
		}
	}

	private static void closing(StringBuilder out, Report report) {
		String date = ClosingDate.of(report.getPublished());
		if (date == null) {
			return;
		}
		String organ = report.getOrgan() == null ? "" : report.getOrgan().strip();
		// As in the Word document: the date four characters in from the right, the organ centred over it.
		out.append("<footer class=\"signature\">\n");
		if (!organ.isEmpty()) {
			out.append("<p class=\"organ\">");
			HtmlText.escape(organ, out);
			out.append("</p>\n");
		}
		out.append("<p class=\"date\">");
		LocalDate day = isoDate(report.getPublished());
		if (day != null) {
			out.append("<time datetime=\"").append(day).append("\">");
			HtmlText.escape(date, out);
			out.append("</time>");
		} else {
			HtmlText.escape(date, out);
		}
		out.append("</p>\n</footer>\n");
	}

	/** The publication date when it is a real day written as numbers, else null (then it is printed as written). */
	private static LocalDate isoDate(String published) {
		Matcher iso = ISO_DATE.matcher(published.strip());
		try {
			return iso.matches() ? LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
					Integer.parseInt(iso.group(3))) : null;
		} catch (DateTimeException e) {
			return null;
		}
	}
}
