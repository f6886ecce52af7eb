package org.nianbao.importer.read.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nianbao.form.PageFurniture;

/**
 * Page furniture, which is no part of the report's text: page numbers ({@code — 1 —}, {@code -1-}, {@code 第1页},
 * {@code 1/6}, a bare number at a page's edge) and running headers or footers (the same line, numbers aside, at
 * the edge of three or more pages; without page breaks, the same short line three or more times).
 */
final class Furniture {

	private static final Pattern BARE_NUMBER = Pattern.compile("[0-9]{1,4}");
	private static final int EDGE = 2;

	private Furniture() {
	}

	static List<LayoutLine> removed(List<LayoutLine> lines) {
		List<LayoutLine> printed = lines.stream().filter(l -> !l.spans().isEmpty()).toList();
		Set<LayoutLine> edges = edges(printed);
		boolean paged = printed.stream().anyMatch(l -> l.page() != printed.get(0).page());
		Map<String, Set<Integer>> pagesOf = new HashMap<>();
		Map<String, Integer> count = new HashMap<>();
		for (LayoutLine line : printed) {
			if (!paged || edges.contains(line)) {
				pagesOf.computeIfAbsent(shape(line), k -> new HashSet<>()).add(line.page());
				count.merge(shape(line), 1, Integer::sum);
			}
		}
		List<LayoutLine> out = new ArrayList<>();
		for (LayoutLine line : lines) {
			String text = line.text();
			if (line.spans().isEmpty()) {
				out.add(line);
				continue;
			}
			boolean pageNumber = line.spans().size() == 1
					&& (PageFurniture.isPageNumber(text)
							|| (edges.contains(line) && paged && BARE_NUMBER.matcher(text).matches()));
			// on pages, the place and the repetition say it (a browser's header with date and page title, its footer
			// with the address and 1/8); without pages only a short line repeated is taken for one
			boolean running = paged
					? line.spans().size() <= 3 && edges.contains(line) && pagesOf.get(shape(line)).size() >= 3
					: line.spans().size() <= 2 && !text.matches(".*[。；]$") && text.length() <= 40
							&& text.codePoints().anyMatch(Character::isIdeographic) && count.get(shape(line)) >= 3;
			if (!pageNumber && !running) {
				out.add(line);
			}
		}
		return out;
	}

	/** The first and last lines of each page that hold text. */
	private static Set<LayoutLine> edges(List<LayoutLine> printed) {
		Map<Integer, List<LayoutLine>> pages = new HashMap<>();
		for (LayoutLine line : printed) {
			pages.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(line);
		}
		Set<LayoutLine> out = new HashSet<>();
		for (List<LayoutLine> page : pages.values()) {
			for (int i = 0; i < Math.min(EDGE, page.size()); i++) {
				out.add(page.get(i));
				out.add(page.get(page.size() - 1 - i));
			}
		}
		return out;
	}

	/** A line's text with its numbers as #, so that 第1页 and 第2页 headers are one. */
	private static String shape(LayoutLine line) {
		return line.text().replaceAll("[0-9]+", "#").replaceAll("\\s+", "");
	}
}
