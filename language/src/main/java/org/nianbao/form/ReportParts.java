package org.nianbao.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Table;

/** How a report's written parts line up with the parts of its form. */
public final class ReportParts {

	private final Form form;
	private final Map<Part, PartMatch> matches = new LinkedHashMap<>();
	private final Map<FormPart, Part> firstWritten = new LinkedHashMap<>();

	private ReportParts(Report report, Form form) {
		this.form = form;
		List<PartMatcher.Heading> headings = new ArrayList<>();
		for (Part part : report.getParts()) {
			headings.add(new PartMatcher.Heading(part.getHeading(), part.getFigures() != null, tableOf(part)));
		}
		List<PartMatch> found = PartMatcher.matchAll(headings, form);
		for (int i = 0; i < found.size(); i++) {
			Part part = report.getParts().get(i);
			matches.put(part, found.get(i));
			if (found.get(i).part() != null) {
				firstWritten.putIfAbsent(found.get(i).part(), part);
			}
		}
	}

	/** The form's table the part's rows belong to: its first row of the form decides. */
	private static Table tableOf(Part part) {
		for (org.nianbao.nianbao.Figures figures : figuresOf(part)) {
			for (org.nianbao.nianbao.FigureRow row : figures.getRows()) {
				if (row.getRow() != null && !row.getRow().eIsProxy()) {
					return Forms.tableOf(row.getRow());
				}
			}
		}
		return null;
	}

	/** Every row block of a part, in order: the table, and rows written again after prose that followed it. */
	public static List<org.nianbao.nianbao.Figures> figuresOf(Part part) {
		if (part == null || part.getFigures() == null) {
			return List.of();
		}
		List<org.nianbao.nianbao.Figures> all = new java.util.ArrayList<>();
		all.add(part.getFigures());
		all.addAll(part.getMore());
		return all;
	}

	public static ReportParts of(Report report, Form form) {
		return new ReportParts(report, form);
	}

	public Form form() {
		return form;
	}

	public PartMatch match(Part part) {
		return matches.getOrDefault(part, PartMatch.NONE);
	}

	/** The report's part written for this part of the form (its first, if written twice). */
	public Part written(FormPart part) {
		return firstWritten.get(part);
	}

	public Part partShowing(Table table) {
		FormPart formPart = Forms.partShowing(table);
		return formPart == null ? null : firstWritten.get(formPart);
	}

	public List<FormPart> missingParts() {
		if (form == null) {
			return Collections.emptyList();
		}
		List<FormPart> missing = new ArrayList<>();
		for (FormPart part : form.getParts()) {
			if (!firstWritten.containsKey(part)) {
				missing.add(part);
			}
		}
		return Collections.unmodifiableList(missing);
	}
}
