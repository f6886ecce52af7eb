package org.nianbao.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.Table;

/**
 * The rows of a form nearest to a name that matches none: by edit distance to the row's name and to its printed
 * label, so that a typo (本年新增), the printed label (一、本年新收政府信息公开申请数量) or a numbered one
 * (（一）予以公开) all find their row.
 */
public final class RowSuggestions {

	/** Numbering printed before a label: 一、 （一） 1. 三（三）1 … */
	private static final Pattern NUMBERING = Pattern.compile(
			"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\\d+[.．、]|[一二三四五六七八九十]+[（(][一二三四五六七八九十]+[)）]\\d*)+");
	private static final Pattern EXPLANATION = Pattern.compile("[（(][^（()）]{4,}[)）]$");

	private RowSuggestions() {
	}

	public static List<Row> nearest(Form form, String written, int max) {
		if (form == null || written == null || written.isBlank()) {
			return List.of();
		}
		String text = normalize(written);
		record Scored(Row row, int distance) {
		}
		List<Scored> scored = new ArrayList<>();
		for (Row row : Forms.leafRows(form)) {
			if (row.getSum() != null && row.getLabel() == null) {
				continue;
			}
			int distance = Math.min(EditDistance.between(text, row.getName()), labelDistance(text, row));
			int allowed = Math.max(1, Math.min(text.length(), row.getName().length()) / 2);
			if (distance <= allowed) {
				scored.add(new Scored(row, distance));
			}
		}
		return scored.stream().sorted(Comparator.comparingInt(Scored::distance)).limit(max).map(Scored::row).toList();
	}

	/**
	 * The group of rows a written name stands for, by the group's name or its printed label with or without its
	 * numbering (其他处理, （六）其他处理, 不予公开); null when it names none. A group has no figures of its own: its rows
	 * do.
	 */
	public static RowGroup group(Form form, String written) {
		if (form == null || written == null || written.isBlank()) {
			return null;
		}
		String text = normalize(written);
		for (Table table : form.getTables()) {
			for (var all = table.eAllContents(); all.hasNext();) {
				if (all.next() instanceof RowGroup group && (text.equals(group.getName())
						|| (group.getLabel() != null && text.equals(normalize(group.getLabel()))))) {
					return group;
				}
			}
		}
		return null;
	}

	/**
	 * The rows a written row that names none may stand for by its place: the form's rows between the nearest rows
	 * written before and after it that name rows of the form, less those written anywhere in its block of figures.
	 * Empty when a neighbour is missing or the place holds no unwritten row.
	 */
	public static List<Row> unwrittenAround(Form form, FigureRow figureRow) {
		if (form == null || !(figureRow.eContainer() instanceof Figures figures)) {
			return List.of();
		}
		java.util.Map<String, Row> byName = new java.util.HashMap<>();
		Forms.leafRows(form).forEach(r -> byName.putIfAbsent(r.getName(), r));
		List<FigureRow> rows = figures.getRows();
		java.util.Set<Row> written = new java.util.HashSet<>();
		rows.forEach(r -> {
			Row row = byName.get(writtenName(r));
			if (row != null) {
				written.add(row);
			}
		});
		int at = rows.indexOf(figureRow);
		Row before = null;
		for (int i = at - 1; i >= 0 && before == null; i--) {
			before = byName.get(writtenName(rows.get(i)));
		}
		Row after = null;
		for (int i = at + 1; i < rows.size() && after == null; i++) {
			after = byName.get(writtenName(rows.get(i)));
		}
		if (before == null || after == null || Forms.tableOf(before) != Forms.tableOf(after)) {
			return List.of();
		}
		List<Row> order = Forms.leafRows(Forms.tableOf(before));
		int from = order.indexOf(before);
		int to = order.indexOf(after);
		return to <= from
				? List.of()
				: order.subList(from + 1, to).stream().filter(r -> !written.contains(r) && r.getSum() == null).toList();
	}

	/** The name a figure row is written under, as written (a printed label keeps its quotes). */
	public static String writtenName(FigureRow row) {
		var nodes = NodeModelUtils.findNodesForFeature(row, NianbaoPackage.Literals.FIGURE_ROW__ROW);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static int labelDistance(String text, Row row) {
		if (row.getLabel() == null || row.getLabel().isEmpty()) {
			return Integer.MAX_VALUE;
		}
		String label = normalize(row.getLabel());
		if (!label.isEmpty() && (label.equals(text) || (text.length() >= 4 && label.startsWith(text)))) {
			return 0;
		}
		return EditDistance.between(text, label);
	}

	/** A name or label without its numbering, explanation in brackets, spaces and quotes; full-width as half-width. */
	static String normalize(String s) {
		String t = s.replaceAll("[\\s\\u3000“”\"]", "");
		t = NUMBERING.matcher(t).replaceFirst("");
		t = EXPLANATION.matcher(t).replaceFirst("");
		return t;
	}
}
