package org.nianbao.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.nianbao.Form;
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
						|| group.getLabel() != null && text.equals(normalize(group.getLabel())))) {
					return group;
				}
			}
		}
		return null;
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
