package org.nianbao.importer.read.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nianbao.importer.model.Block;
import org.nianbao.importer.model.TextLine;

/**
 * STAND-IN written by the pdf helper against the agreed contract (/work/wt/prompts/layout-contract.md) until the
 * layout helper's reader is merged; on merge, layout's version of this package replaces this one whole.
 * It reads each printed line as one TextLine (no paragraph joining, no borderless tables) and drops page
 * furniture: page numbers and lines repeated (digits aside) on more than two pages.
 */
public final class LayoutReader {

	private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–\\s]*[0-9]+[-—–\\s]*|第\\s*[0-9]+\\s*页|[0-9]+\\s*/\\s*[0-9]+");

	private LayoutReader() {
	}

	public static List<Block> read(List<LayoutLine> lines) {
		Map<String, Set<Integer>> pages = new HashMap<>();
		for (LayoutLine line : lines) {
			pages.computeIfAbsent(shape(line), k -> new HashSet<>()).add(line.page());
		}
		List<Block> out = new ArrayList<>();
		for (LayoutLine line : lines) {
			String text = text(line);
			if (text.isEmpty() || PAGE_NUMBER.matcher(text).matches() || pages.get(shape(line)).size() > 2) {
				continue;
			}
			out.add(new TextLine(text, line.where()));
		}
		return out;
	}

	private static String text(LayoutLine line) {
		return String.join(" ", line.spans().stream().map(Span::text).toList()).strip();
	}

	private static String shape(LayoutLine line) {
		return text(line).replaceAll("[0-9]+", "#");
	}
}
