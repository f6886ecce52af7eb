package org.nianbao.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.form.Forms;
import org.nianbao.form.ReportParts;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Table;
import org.nianbao.related.RelatedReports;

/** Everything computed about one report's figures: read once, shared by validation, the editor and the generator. */
public final class ReportEvaluation {

	private final Report report;
	private final ReportParts parts;
	private final List<ReportEvaluation> members;
	private final ReportEvaluation previous;
	private final Map<Table, TableFigures> tables = new LinkedHashMap<>();
	private final List<Finding> findings = new ArrayList<>();

	ReportEvaluation(Report report, Form form) {
		this(report, form, List.of(), null);
	}

	/**
	 * @param members the evaluations of a combined report's members that use the same form
	 * @param previous last year's report's evaluation, or null
	 */
	ReportEvaluation(Report report, Form form, List<ReportEvaluation> members, ReportEvaluation previous) {
		this.report = report;
		this.parts = ReportParts.of(report, form);
		this.members = members;
		this.previous = previous;
		if (form == null) {
			return;
		}
		for (Table table : form.getTables()) {
			Part part = parts.partShowing(table);
			List<TableFigures.MemberFigures> memberFigures = members.stream()
					.map(m -> new TableFigures.MemberFigures(RelatedReports.describe(m.report()), m.table(table)))
					.toList();
			TableFigures figures = new TableFigures(table, ReportParts.figuresOf(part), memberFigures,
					!report.getMembers().isEmpty());
			tables.put(table, figures);
			findings.addAll(figures.findings());
			for (Rule rule : table.getRules()) {
				findings.addAll(RuleChecker.check(rule, figures));
			}
		}
		if (previous != null) {
			findings.addAll(CarryOverChecker.check(this, previous));
			findings.addAll(InForceChecker.check(this, previous));
		}
		findings.addAll(ProseChecker.check(report, form, this));
	}

	public Report report() {
		return report;
	}

	public Form form() {
		return parts.form();
	}

	public ReportParts parts() {
		return parts;
	}

	/** The figures of a table of the form; null when the report's form has no such table. */
	public TableFigures table(Table table) {
		return tables.get(table);
	}

	/** The value a figure reference stands for; null when it is unknown or the reference is unresolved. */
	public java.math.BigDecimal value(FigureRef ref) {
		Column column = FigureRefs.column(ref);
		TableFigures figures = figuresFor(ref, column);
		return figures == null ? null : figures.value((Row) ref.getRow(), column);
	}

	/** The figure a reference stands for, as it is printed: as written, or the computed total. */
	public String text(FigureRef ref) {
		Column column = FigureRefs.column(ref);
		TableFigures figures = figuresFor(ref, column);
		return figures == null ? null : figures.text((Row) ref.getRow(), column);
	}

	/** This year's table, or last year's for {previous.…} (same form, so the same table). */
	private TableFigures figuresFor(FigureRef ref, Column column) {
		if (column == null) {
			return null;
		}
		ReportEvaluation source = ref.isLastYear() ? previous : this;
		return source == null ? null : source.tables.get(Forms.tableOf(column));
	}

	/** The members of a combined report whose figures are summed (empty for an ordinary report). */
	public List<ReportEvaluation> members() {
		return members;
	}

	/** Last year's report's evaluation, or null. */
	public ReportEvaluation previous() {
		return previous;
	}

	/** How many errors the figures have: findings and unusable values. Syntax and naming errors are the parser's. */
	public long figureErrors() {
		long errors = findings.stream().filter(Finding::isError).count();
		return errors + tables.values().stream().mapToLong(TableFigures::unusableValues).sum();
	}

	public List<Finding> findings() {
		return Collections.unmodifiableList(findings);
	}
}
