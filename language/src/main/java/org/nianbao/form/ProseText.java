package org.nianbao.form;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;

/** The plain text of a part's prose, as a reader counts and searches it. */
public final class ProseText {

	private ProseText() {
	}

	/** The part's text without the figures it cites. */
	public static String of(Part part) {
		return of(part, ref -> "");
	}

	/** The part's text as printed, each figure reference replaced by what {@code figures} says it prints as. */
	public static String of(Part part, Function<FigureRef, String> figures) {
		StringBuilder out = new StringBuilder();
		append(part.getProse(), figures, out);
		append(part.getClosing(), figures, out);
		return out.toString();
	}

	/** One paragraph or heading as printed. */
	public static String of(ProseItem item, Function<FigureRef, String> figures) {
		StringBuilder out = new StringBuilder();
		walk(item, out::append, ref -> {
			String figure = figures.apply(ref);
			out.append(figure == null ? "" : figure);
		});
		return out.toString();
	}

	/** One paragraph or heading piece by piece, in order: its texts, and the figure references between them. */
	public static void walk(ProseItem item, Consumer<String> text, Consumer<FigureRef> figure) {
		if (item.getText() != null) {
			text.accept(item.getText());
		}
		if (item instanceof Paragraph paragraph) {
			for (int i = 0; i < paragraph.getRefs().size(); i++) {
				figure.accept(paragraph.getRefs().get(i));
				if (i < paragraph.getTexts().size()) {
					text.accept(paragraph.getTexts().get(i));
				}
			}
		}
	}

	private static void append(List<ProseItem> items, Function<FigureRef, String> figures, StringBuilder out) {
		for (ProseItem item : items) {
			if (item instanceof org.nianbao.nianbao.Stray) {
				continue; // reported as a mistake, not text of the report
			}
			out.append(of(item, figures)).append('\n');
		}
	}

	/**
	 * The part's text as a reader measures it: without lines that are page furniture left in the text (a page
	 * number, a running header: {@code running} holds the {@link PageFurniture#shape}s of the report's repeated
	 * lines).
	 */
	public static String measured(Part part, Function<FigureRef, String> figures, Set<String> running) {
		StringBuilder out = new StringBuilder();
		for (List<ProseItem> items : List.of(part.getProse(), part.getClosing())) {
			for (ProseItem item : items) {
				String text = of(item, figures);
				if (item instanceof org.nianbao.nianbao.Stray || PageFurniture.isPageNumber(text)
						|| running.contains(PageFurniture.shape(text))) {
					continue;
				}
				out.append(text).append('\n');
			}
		}
		return out.toString();
	}

	/** Every paragraph and heading of the report's prose (preface and parts), as printed without figures. */
	public static List<String> lines(org.nianbao.nianbao.Report report) {
		List<String> out = new java.util.ArrayList<>();
		report.getPreface().forEach(item -> out.add(of(item, ref -> "")));
		for (Part part : report.getParts()) {
			part.getProse().forEach(item -> out.add(of(item, ref -> "")));
			part.getClosing().forEach(item -> out.add(of(item, ref -> "")));
		}
		return out;
	}

	/** Characters as a word processor counts them for Chinese text: everything but whitespace. */
	public static int length(String text) {
		return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').count();
	}
}
