package org.nianbao.audit;

import java.math.BigDecimal;
import java.util.List;

import org.nianbao.html.HtmlText;

/** Plain bar charts as inline SVG, drawn here: nothing to load, and they print. */
final class SvgCharts {

	/** One bar: its label and value; {@code previous} the value a year before, or null. */
	record Bar(String label, BigDecimal value, BigDecimal previous) {
		Bar(String label, BigDecimal value) {
			this(label, value, null);
		}
	}

	private static final int WIDTH = 640;
	private static final int LABEL = 190;
	private static final int ROW = 24;
	private static final String THIS_YEAR = "#2f6db5";
	private static final String LAST_YEAR = "#b9c7d8";

	private SvgCharts() {
	}

	/**
	 * Horizontal bars, one per row (two, this year's and last year's, when a bar has a previous value), the value
	 * written after each bar; {@code legend} names the two years when there are previous values.
	 */
	static void bars(StringBuilder out, String id, String title, List<Bar> bars, List<String> legend) {
		boolean paired = bars.stream().anyMatch(b -> b.previous() != null);
		int rowHeight = paired ? ROW + 12 : ROW;
		int top = paired ? 26 : 6;
		int height = top + bars.size() * rowHeight + 6;
		double max = 1; // the drawing's scale, not a figure of any report
		for (Bar bar : bars) {
			max = Math.max(max, bar.value().doubleValue());
			if (bar.previous() != null) {
				max = Math.max(max, bar.previous().doubleValue());
			}
		}
		double scale = (WIDTH - LABEL - 70) / max;
		out.append("<figure class=\"chart\" id=\"").append(id).append("\">\n<figcaption>");
		HtmlText.escape(title, out);
		out.append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
				.append(height).append("\" role=\"img\" aria-label=\"");
		HtmlText.escape(title, out);
		out.append("\">\n");
		if (paired) {
			legend(out, legend);
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = top + i * rowHeight;
			out.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 16)
					.append("\" text-anchor=\"end\" class=\"label\">");
			HtmlText.escape(shorten(bar.label(), 14), out);
			out.append("</text>\n");
			int barHeight = paired ? 14 : 16;
			bar(out, y + 3, barHeight, bar.value(), scale, THIS_YEAR);
			if (bar.previous() != null) {
				bar(out, y + 3 + barHeight + 2, barHeight, bar.previous(), scale, LAST_YEAR);
			}
		}
		out.append("</svg>\n</figure>\n");
	}

	private static void legend(StringBuilder out, List<String> legend) {
		String[] colours = {THIS_YEAR, LAST_YEAR};
		for (int i = 0; i < Math.min(2, legend.size()); i++) {
			int x = LABEL + i * 120;
			out.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"14\" height=\"14\" fill=\"")
					.append(colours[i])
					.append("\"/><text x=\"").append(x + 20).append("\" y=\"16\" class=\"label\">");
			HtmlText.escape(legend.get(i), out);
			out.append("</text>\n");
		}
	}

	private static void bar(StringBuilder out, int y, int height, BigDecimal value, double scale, String colour) {
		long width = Math.round(value.doubleValue() * scale);
		out.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
				.append(Math.max(width, value.signum() > 0 ? 1 : 0)).append("\" height=\"").append(height)
				.append("\" fill=\"").append(colour).append("\"><title>").append(value.toPlainString())
				.append("</title></rect>");
		out.append("<text x=\"").append(LABEL + width + 6).append("\" y=\"").append(y + height - 3)
				.append("\" class=\"value\">").append(value.toPlainString()).append("</text>\n");
	}

	private static String shorten(String text, int characters) {
		return text.codePointCount(0, text.length()) <= characters
				? text
				: text.substring(0, text.offsetByCodePoints(0, characters - 1)) + "…";
	}
}
