package org.nianbao.html;

import org.nianbao.eval.ReportEvaluation;
import org.nianbao.layout.Block;
import org.nianbao.layout.DocumentLayout;

/**
 * A report as a web page: the title, the preface and contact, the parts under their official headings with
 * their prose (cited figures printed) and tables, and the closing organ and date: the blocks of the report's
 * {@link DocumentLayout}, the same the Word document prints, in the same order. One renderer for the published
 * page, the editor's preview and the audit's details; {@link RenderOptions} says what the preview adds.
 */
public final class ReportHtml {

	public static final String GENERATOR = "Nianbao";

	private ReportHtml() {
	}

	/** A complete, self-contained HTML5 page: the style inline, nothing loaded from elsewhere. */
	public static String page(ReportEvaluation evaluation, RenderOptions options) {
		return page(DocumentLayout.of(evaluation), options);
	}

	/** As above, for a document already laid out (a forced draft says so at its top). */
	public static String page(DocumentLayout layout, RenderOptions options) {
		StringBuilder out = new StringBuilder(32_768);
		out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"").append(GENERATOR).append("\">\n<title>");
		HtmlText.escape(layout.title(), out);
		out.append("</title>\n<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n");
		article(out, layout, options);
		out.append("</body>\n</html>\n");
		return out.toString();
	}

	/** The report alone, as an {@code <article>} to put into a page of one's own (the editor's preview). */
	public static String article(ReportEvaluation evaluation, RenderOptions options) {
		StringBuilder out = new StringBuilder(32_768);
		article(out, DocumentLayout.of(evaluation), options);
		return out.toString();
	}

	/** The page's style sheet, for a page that shows {@link #article} in its own frame. */
	public static String css() {
		return PageStyle.CSS;
	}

	/** Renders the blocks of {@code layout} in order; what they say was decided there. */
	private static void article(StringBuilder out, DocumentLayout layout, RenderOptions options) {
		SourceAttributes source = new SourceAttributes(options);
		out.append("<article class=\"report").append(options.annotated() ? " preview" : "").append("\">\n");
		if (layout.draft()) {
			out.append("<p class=\"draft\">");
			HtmlText.escape(layout.draftMark(), out);
			out.append("</p>\n");
		}
		boolean inSection = false;
		for (Block block : layout.blocks()) {
			if ((block instanceof Block.Heading heading && heading.level() == 1) || block instanceof Block.Signature) {
				if (inSection) {
					out.append("</section>\n");
				}
				inSection = block instanceof Block.Heading;
			}
			write(out, block, source);
		}
		if (inSection) {
			out.append("</section>\n");
		}
		out.append("</article>\n");
	}

	private static void write(StringBuilder out, Block block, SourceAttributes source) {
		if (block instanceof Block.Title title) {
			out.append("<h1>");
			for (int i = 0; i < title.lines().size(); i++) {
				out.append(i == 0 ? "" : "<br>");
				HtmlText.escape(title.lines().get(i), out);
			}
			out.append("</h1>\n");
		} else if (block instanceof Block.Heading heading) {
			if (heading.level() == 1) {
				out.append("<section id=\"part-").append(heading.part()).append("\">\n");
			}
			String tag = "h" + (heading.level() + 1); // parts are h2: ## h3, ### h4, #### h5
			out.append('<').append(tag);
			source.append(out, heading.source(), null);
			out.append('>');
			HtmlText.escape(heading.text(), out);
			out.append("</").append(tag).append(">\n");
		} else if (block instanceof Block.Text text) {
			out.append("<p");
			source.append(out, text.source(), null);
			out.append('>');
			for (Block.Span span : text.spans()) {
				if (span instanceof Block.Figure) {
					out.append("<span class=\"figure\">");
					HtmlText.escape(span.text(), out);
					out.append("</span>");
				} else {
					HtmlText.escape(span.text(), out);
				}
			}
			out.append("</p>\n");
		} else if (block instanceof Block.Contact contact) {
			out.append("<p");
			source.append(out, contact.source(), "contact");
			out.append('>');
			HtmlText.escape(contact.sentence(), out);
			out.append("</p>\n");
		} else if (block instanceof Block.Table table) {
			TableHtml.write(out, table.layout(), table.figures(), table.caption(), source);
		} else if (block instanceof Block.Image image) {
			ImageHtml.write(out, image, source);
		} else if (block instanceof Block.Signature signature) {
			signature(out, signature);
		}
	}

	/** As in the Word document: the date four characters in from the right, the organ centred over it. */
	private static void signature(StringBuilder out, Block.Signature signature) {
		out.append("<footer class=\"signature\">\n");
		if (!signature.organ().isEmpty()) {
			out.append("<p class=\"organ\">");
			HtmlText.escape(signature.organ(), out);
			out.append("</p>\n");
		}
		if (signature.date() != null) {
			out.append("<p class=\"date\">");
			if (signature.day() != null) {
				out.append("<time datetime=\"").append(signature.day()).append("\">");
				HtmlText.escape(signature.date(), out);
				out.append("</time>");
			} else {
				HtmlText.escape(signature.date(), out);
			}
			out.append("</p>\n");
		}
		out.append("</footer>\n");
	}
}
