package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRef;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;
import org.nianbao.nianbao.Value;

/** Something the evaluator found wrong with a report's figures. */
public sealed interface Finding {

	/** Whether the finding is an error of the figures (counted by {@link ReportEvaluation#figureErrors()}), not a warning. */
	default boolean isError() {
		return true;
	}

	/** The table the finding is about; null for one about prose, or a row naming nothing in the form. */
	Table table();

	/** The reconciliation check it breaks (what a table's summary counts), or null for a problem of another kind. */
	Reconciliation reconciliation();

	/** The checks that reconcile a table's figures: with themselves, with last year's report, with its members'. */
	enum Reconciliation {
		TOTAL, RULE, CARRY_OVER, MEMBER_SUM, IN_FORCE
	}

	private static Table tableOf(TableNode node) {
		return node == null || node.eIsProxy() ? null : Forms.tableOf(node);
	}

	private static Table tableOf(FigureRow figureRow) {
		return figureRow == null ? null : tableOf(figureRow.getRow());
	}

	/** A written total that differs from the sum it stands for. {@code total} is the computed row or column. */
	record TotalMismatch(Row row, Column column, TableNode total, Value at, BigDecimal written, List<Term> terms,
			BigDecimal sum, List<Operand> operands) implements Finding {
		@Override
		public Table table() {
			return tableOf(row);
		}

		@Override
		public Reconciliation reconciliation() {
			return Reconciliation.TOTAL;
		}

	}

	/** Where an operand of a sum was written (the value, or the row of a computed one), and how it is called. */
	record Operand(EObject at, String label) {
	}

	/** A rule of the form that does not hold, in one column (or row). {@code at} is the figure it sits on. */
	record RuleViolation(Rule rule, TableNode across, List<Term> left, BigDecimal leftSum, List<Term> right,
			BigDecimal rightSum, EObject at) implements Finding {
		@Override
		public Table table() {
			return EcoreUtil2.getContainerOfType(rule, Table.class);
		}

		@Override
		public Reconciliation reconciliation() {
			return Reconciliation.RULE;
		}

	}

	/**
	 * A row written with more or fewer values than its columns. When it is one short, {@code candidates} are the
	 * columns the missing value may belong to by the row's own totals (with the value they imply).
	 */
	record ValueCountMismatch(FigureRow figureRow, List<Column> columns, int written,
			List<MissingCellGuess.Candidate> candidates) implements Finding {
		@Override
		public Table table() {
			return tableOf(figureRow);
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

		/** One short, and it adds up with a value 0 in any one column that is not a total: the total is written. */
		public boolean lastIsTotalOfOthers() {
			List<MissingCellGuess.Candidate> inputs = candidates.stream().filter(c -> c.column().getSum() == null)
					.toList();
			long inputColumns = columns.stream().filter(c -> c.getSum() == null).count();
			return inputs.size() == inputColumns
					&& inputs.stream().allMatch(c -> c.value() != null && c.value().signum() == 0);
		}

		/** One short, and only the last column (a total) fits: the row was written without its total. */
		public boolean totalLeftOut() {
			return candidates.size() == 1 && candidates.get(0).column() == columns.get(columns.size() - 1)
					&& columns.get(columns.size() - 1).getSum() != null;
		}
	}

	/** Values on a later line than their row's name: stray characters, reported on their own line. */
	record StrayValues(FigureRow figureRow, List<Value> values) implements Finding {
		@Override
		public Table table() {
			return tableOf(figureRow);
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

	}

	/** Every row of a block one value short, ending in the sum of the others: the table lost a column. */
	record MissingColumn(Table table, List<Column> columns, List<FigureRow> rows) implements Finding {
		@Override
		public Table table() {
			return table;
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

	}

	record DuplicateRow(FigureRow figureRow, FigureRow first) implements Finding {
		@Override
		public Table table() {
			return tableOf(figureRow);
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

	}

	/** Rows of a table that are neither written, computed nor covered by "all zero"/"others zero". */
	record MissingRows(Table table, List<Row> rows) implements Finding {
		@Override
		public Table table() {
			return table;
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

	}

	/** A written figure of a combined report that is not the sum of its members' (terms name the members). */
	record MemberSumMismatch(Row row, Column column, Value at, BigDecimal written, List<Term> terms, BigDecimal sum)
			implements
				Finding {
		@Override
		public Table table() {
			return tableOf(row);
		}

		@Override
		public Reconciliation reconciliation() {
			return Reconciliation.MEMBER_SUM;
		}

	}

	/** This year's carried-over figure differs from what last year's report carried into this year. */
	record CarryOverMismatch(Row into, Column column, EObject at, BigDecimal thisYear, Row from, BigDecimal lastYear)
			implements
				Finding {
		@Override
		public Table table() {
			return tableOf(into);
		}

		@Override
		public Reconciliation reconciliation() {
			return Reconciliation.CARRY_OVER;
		}

	}

	/**
	 * A number stated in prose, found by one of the form's {@code phrase} patterns, that differs from the table's
	 * figure. {@code offset} and {@code length} are the number's place in the document; a warning, not an error.
	 */
	record ProseContradiction(Paragraph paragraph, String statedText, int offset, int length, BigDecimal stated,
			FigureRef figure, BigDecimal inTable) implements Finding {
		@Override
		public Table table() {
			return null;
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

		@Override
		public boolean isError() {
			return false;
		}
	}

	/** An amount stated with fewer decimals than the table, but not the table's figure rounded half up. */
	record ProseRounding(Paragraph paragraph, String statedText, int offset, int length, BigDecimal stated,
			FigureRef figure, BigDecimal inTable, BigDecimal rounded) implements Finding {
		@Override
		public Table table() {
			return null;
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

		@Override
		public boolean isError() {
			return false;
		}
	}

	/** An amount stated with the table's number but another unit: “12.36元” where the table has 12.36 万元. */
	record ProseUnit(Paragraph paragraph, String statedText, int offset, int length, BigDecimal stated,
			String statedUnit, FigureRef figure, BigDecimal inTable, String tableUnit) implements Finding {
		@Override
		public Table table() {
			return null;
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

		@Override
		public boolean isError() {
			return false;
		}
	}

	/** A change against last year stated after a figure (“比上年增加7件”) that the two years' tables do not give. */
	record ProseChange(Paragraph paragraph, String statedText, int offset, int length, ChangeStatement change,
			FigureRef figure, BigDecimal thisYear, BigDecimal lastYear) implements Finding {
		@Override
		public Table table() {
			return null;
		}

		@Override
		public Reconciliation reconciliation() {
			return null;
		}

		@Override
		public boolean isError() {
			return false;
		}

		/** The change the tables show, as the statement counts it. */
		public BigDecimal actual() {
			return change.expected(thisYear, lastYear);
		}

		/** The amount a corrected statement says, when the prose names the right direction; null when it does not. */
		public BigDecimal correctedAmount() {
			BigDecimal actual = actual();
			boolean sameDirection = actual.signum() != 0 && change.amount().signum() != 0
					&& (actual.signum() > 0) == change.up();
			return sameDirection ? actual.abs() : null;
		}
	}

	/**
	 * Documents in force (现行有效) that do not follow from last year's: last year's in force + this year's issued −
	 * repealed differs from this year's. A warning: documents also expire without being repealed.
	 */
	record InForceMismatch(Row row, EObject at, BigDecimal inForce, BigDecimal lastInForce, BigDecimal issued,
			BigDecimal repealed) implements Finding {
		@Override
		public Table table() {
			return tableOf(row);
		}

		@Override
		public Reconciliation reconciliation() {
			return Reconciliation.IN_FORCE;
		}

		@Override
		public boolean isError() {
			return false;
		}

		public BigDecimal expected() {
			return lastInForce.add(issued).subtract(repealed);
		}
	}
}
