package org.nianbao.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.form.ReportLayout;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Table;

/** Everything computed about one report's figures: read once, shared by validation, the editor and the generator. */
public final class ReportEvaluation {

	private final Report report;
	private final ReportLayout layout;
	private final Map<Table, TableFigures> tables = new LinkedHashMap<>();
	private final List<Finding> findings = new ArrayList<>();

	ReportEvaluation(Report report, Form form) {
		this.report = report;
		this.layout = ReportLayout.of(report, form);
		if (form == null) {
			return;
		}
		for (Table table : form.getTables()) {
			Part part = layout.partShowing(table);
			TableFigures figures = new TableFigures(table, part == null ? null : part.getFigures());
			tables.put(table, figures);
			findings.addAll(figures.findings());
			for (Rule rule : table.getRules()) {
				findings.addAll(RuleChecker.check(rule, figures));
			}
		}
	}

	public Report report() {
		return report;
	}

	public Form form() {
		return layout.form();
	}

	public ReportLayout layout() {
		return layout;
	}

	/** The figures of a table of the form; null when the report's form has no such table. */
	public TableFigures table(Table table) {
		return tables.get(table);
	}

	public List<Finding> findings() {
		return Collections.unmodifiableList(findings);
	}
}
