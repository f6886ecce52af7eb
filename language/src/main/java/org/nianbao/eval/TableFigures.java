package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.form.Forms;
import org.nianbao.form.Labels;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Sum;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;
import org.nianbao.nianbao.Value;

/**
 * The figures of one table of a report: what was written, read by column kind, and every cell's value,
 * written or computed from the form's totals. Sums are computed here and nowhere else.
 */
public final class TableFigures {

	/** Where a cell's value comes from. */
	public enum Origin {
		WRITTEN, COMPUTED, ZERO_FILLED, MISSING
	}

	private record Cell(Row row, Column column) {
	}

	private final Table table;
	private final List<MemberFigures> members;
	private final boolean zeroFilled;
	private final Map<Row, FigureRow> writtenRows = new LinkedHashMap<>();
	private final Set<Row> unreadableRows = new HashSet<>();
	private final Set<Row> standIns = new HashSet<>();
	private final Map<Cell, Value> writtenCells = new HashMap<>();
	private final Map<Value, Reading> readings = new HashMap<>();
	private final Map<Value, Column> columnOfValue = new HashMap<>();
	private final Map<Cell, BigDecimal> memo = new HashMap<>();
	private final Set<Cell> inProgress = new HashSet<>();
	private final Set<Cell> suspect = new HashSet<>();
	private final List<Finding> findings = new ArrayList<>();

	TableFigures(Table table, Figures figures) {
		this(table, figures == null ? List.of() : List.of(figures), List.of(), false);
	}

	/**
	 * The figures of a combined report: cells not written are the sums of its members' cells, written
	 * ones are checked against those sums.
	 */
	TableFigures(Table table, List<Figures> blocks, List<MemberFigures> members, boolean combined) {
		this.table = table;
		this.members = members;
		this.zeroFilled = blocks.stream().anyMatch(f -> f.getFill() != null);
		for (Figures figures : blocks) {
			for (FigureRow figureRow : figures.getRows()) {
				if (figureRow.getRow() instanceof Row row && !row.eIsProxy() && Forms.tableOf(row) == table) {
					readRow(figureRow, row);
				} else if (figureRow.getRow() == null || figureRow.getRow().eIsProxy()) {
					standInFor(figureRow);
				}
			}
		}
		standIns.removeAll(writtenRows.keySet());
		unreadableRows.addAll(standIns);
		List<Row> missing = Forms.leafRows(table).stream()
				.filter(r -> !writtenRows.containsKey(r) && !unreadableRows.contains(r) && r.getSum() == null
						&& !zeroFilled)
				.toList();
		if (!missing.isEmpty() && !combined) {
			findings.add(new Finding.MissingRows(table, missing));
		}
		checkMissingColumn();
		checkTotals();
		checkMemberSums();
	}

	/** One member of a combined report: how messages name it, and its figures of this table. */
	public record MemberFigures(String name, TableFigures figures) {
	}

	private void checkMemberSums() {
		if (members.isEmpty()) {
			return;
		}
		for (Map.Entry<Cell, Value> entry : writtenCells.entrySet()) {
			Cell cell = entry.getKey();
			BigDecimal written = readings.get(entry.getValue()).value();
			if (written == null || Forms.isComputed(cell.row()) || Forms.isComputed(cell.column())) {
				continue;
			}
			BigDecimal sum = memberSum(cell);
			if (sum != null && sum.compareTo(written) != 0) {
				suspect.add(cell);
				List<Term> terms = members.stream()
						.map(m -> new Term(m.name(), m.figures().value(cell.row(), cell.column()))).toList();
				findings.add(new Finding.MemberSumMismatch(cell.row(), cell.column(), entry.getValue(), written, terms,
						sum));
			}
		}
	}

	private BigDecimal memberSum(Cell cell) {
		BigDecimal total = BigDecimal.ZERO;
		for (MemberFigures member : members) {
			BigDecimal v = member.figures().value(cell.row(), cell.column());
			if (v == null) {
				return null;
			}
			total = total.add(v);
		}
		return total;
	}

	private void readRow(FigureRow figureRow, Row row) {
		FigureRow first = writtenRows.get(row);
		if (first != null) {
			findings.add(new Finding.DuplicateRow(figureRow, first));
			return;
		}
		writtenRows.put(row, figureRow);
		List<Column> all = Forms.columnsOf(row);
		RowCells cells = RowCells.of(figureRow);
		if (!cells.strays().isEmpty()) {
			findings.add(new Finding.StrayValues(figureRow, cells.strays()));
		}
		List<Value> values = cells.values();
		if (values.size() != all.size()) {
			unreadableRows.add(row);
			for (int i = 0; i < values.size(); i++) {
				Column column = i < all.size() ? all.get(i) : null;
				readings.put(values.get(i),
						ValueReader.read(values.get(i), column, column != null && computable(row, column)));
			}
			findings.add(new Finding.ValueCountMismatch(figureRow, all, values.size(),
					MissingCellGuess.candidates(values, all, this::readingOf)));
			return;
		}
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			Column column = all.get(i);
			Reading reading = ValueReader.read(value, column, computable(row, column));
			readings.put(value, reading);
			columnOfValue.put(value, column);
			if (!reading.computed()) {
				writtenCells.put(new Cell(row, column), value);
			}
		}
	}

	/**
	 * A row whose name matches none of the form's is reported by linking, with the nearest names; the row it most
	 * likely stands for is taken as unknown rather than missing or zero, so nothing else is reported about it.
	 */
	private void standInFor(FigureRow figureRow) {
		List<org.eclipse.xtext.nodemodel.INode> nodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils
				.findNodesForFeature(figureRow, org.nianbao.nianbao.NianbaoPackage.Literals.FIGURE_ROW__ROW);
		if (nodes.isEmpty()) {
			return;
		}
		String written = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(nodes.get(0));
		var group = org.nianbao.form.RowSuggestions.group(Forms.formOf(table), written);
		if (group != null && Forms.tableOf(group) == table) {
			standIns.addAll(Forms.leafRows(group)); // a group printed as one row: its rows are unknown, said once
			return;
		}
		List<Row> nearest = org.nianbao.form.RowSuggestions.nearest(Forms.formOf(table), written, 1);
		if (nearest.isEmpty()) {
			// like no row by its words: the rows not written at its place, if as many unknown rows stand there
			List<Row> around = org.nianbao.form.RowSuggestions.unwrittenAround(Forms.formOf(table), figureRow);
			if (!around.isEmpty() && around.size() <= unknownRun(figureRow) && Forms.tableOf(around.get(0)) == table) {
				standIns.addAll(around);
			}
			return;
		}
		if (!nearest.isEmpty() && Forms.tableOf(nearest.get(0)) == table) {
			standIns.add(nearest.get(0));
		}
	}

	/** How many rows naming no row are written together with this one, it included. */
	private static int unknownRun(FigureRow figureRow) {
		if (!(figureRow.eContainer() instanceof Figures figures)) {
			return 1;
		}
		List<FigureRow> rows = figures.getRows();
		int at = rows.indexOf(figureRow);
		int from = at;
		while (from > 0 && unknown(rows.get(from - 1))) {
			from--;
		}
		int to = at;
		while (to + 1 < rows.size() && unknown(rows.get(to + 1))) {
			to++;
		}
		return to - from + 1;
	}

	private static boolean unknown(FigureRow row) {
		return row.getRow() == null || row.getRow().eIsProxy();
	}

	private Reading readingOf(Value value) {
		return readings.get(value);
	}

	private static boolean computable(Row row, Column column) {
		return Forms.isComputed(row) || Forms.isComputed(column);
	}

	/** Every row of a block one value short, each ending in the sum of the others: a column left out of the table. */
	private void checkMissingColumn() {
		Map<org.nianbao.nianbao.Block, List<Finding.ValueCountMismatch>> shortRows = new LinkedHashMap<>();
		Map<org.nianbao.nianbao.Block, Integer> rowsOfBlock = new HashMap<>();
		for (FigureRow figureRow : writtenRows.values()) {
			org.nianbao.nianbao.Block block = org.eclipse.xtext.EcoreUtil2.getContainerOfType(figureRow.getRow(),
					org.nianbao.nianbao.Block.class);
			rowsOfBlock.merge(block, 1, Integer::sum);
		}
		for (Finding finding : findings) {
			if (finding instanceof Finding.ValueCountMismatch m && m.written() == m.columns().size() - 1
					&& m.lastIsTotalOfOthers()) {
				org.nianbao.nianbao.Block block = org.eclipse.xtext.EcoreUtil2
						.getContainerOfType(m.figureRow().getRow(), org.nianbao.nianbao.Block.class);
				shortRows.computeIfAbsent(block, b -> new ArrayList<>()).add(m);
			}
		}
		shortRows.forEach((block, rows) -> {
			if (rows.size() >= 2 && rows.size() == rowsOfBlock.get(block)) {
				findings.add(new Finding.MissingColumn(table, rows.get(0).columns(),
						rows.stream().map(Finding.ValueCountMismatch::figureRow).toList()));
			}
		});
	}

	/**
	 * Written totals against their sums, plain sums first: a sum that is wrong only because one of its operands is
	 * a total already found wrong is not reported again.
	 */
	private void checkTotals() {
		List<Map.Entry<Cell, Value>> ordered = new ArrayList<>(writtenCells.entrySet());
		ordered.sort(java.util.Comparator.comparingInt((Map.Entry<Cell, Value> e) -> depth(e.getKey()))
				.thenComparingInt(e -> org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(e.getValue()) == null
						? 0
						: org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(e.getValue()).getOffset()));
		for (Map.Entry<Cell, Value> entry : ordered) {
			Cell cell = entry.getKey();
			BigDecimal written = readings.get(entry.getValue()).value();
			if (written == null) {
				continue;
			}
			if (cell.column().getSum() != null) {
				compareTotal(cell, cell.column(), entry.getValue(), written,
						leavesAcross(cell.column().getSum().getTerms(), cell.row()));
			}
			if (cell.row().getSum() != null && !suspect.contains(cell)) { // a cell wrong both ways is said once
				compareTotal(cell, cell.row(), entry.getValue(), written,
						leavesDown(cell.row().getSum().getTerms(), cell.column()));
			}
		}
	}

	private static int depth(Cell cell) {
		return (cell.row().getSum() != null ? 1 : 0) + (cell.column().getSum() != null ? 1 : 0);
	}

	private void compareTotal(Cell cell, TableNode total, Value at, BigDecimal written, List<Cell> operands) {
		BigDecimal sum = sum(operands);
		if (sum == null || sum.compareTo(written) == 0) {
			return;
		}
		if (operands.stream().anyMatch(o -> dependsOnSuspect(o, new HashSet<>()))) {
			return;
		}
		suspect.add(cell);
		List<Term> terms = new ArrayList<>();
		List<Finding.Operand> related = new ArrayList<>();
		for (Cell operand : operands) {
			BigDecimal v = value(operand.row(), operand.column());
			TableNode node = total instanceof Column ? operand.column() : operand.row();
			if (v.signum() != 0) {
				terms.add(new Term(Labels.node(node), v));
			}
			String label = total instanceof Column
					? Labels.column(operand.column())
					: Labels.row(operand.row()) + "，" + Labels.column(operand.column()) + "列";
			EObject source = writtenCells.containsKey(operand)
					? writtenCells.get(operand)
					: writtenRows.get(operand.row());
			if (source != null && v.signum() != 0) {
				related.add(new Finding.Operand(source, label + " " + v.toPlainString()));
			}
		}
		findings.add(new Finding.TotalMismatch(cell.row(), cell.column(), total, at, written, terms, sum, related));
	}

	private static List<Cell> leavesAcross(List<TableNode> terms, Row row) {
		List<Cell> cells = new ArrayList<>();
		for (TableNode term : terms) {
			for (TableNode leaf : Forms.leavesOf(term)) {
				if (leaf instanceof Column column) {
					cells.add(new Cell(row, column));
				}
			}
		}
		return cells;
	}

	private static List<Cell> leavesDown(List<TableNode> terms, Column column) {
		List<Cell> cells = new ArrayList<>();
		for (TableNode term : terms) {
			for (TableNode leaf : Forms.leavesOf(term)) {
				if (leaf instanceof Row row) {
					cells.add(new Cell(row, column));
				}
			}
		}
		return cells;
	}

	private BigDecimal sum(List<Cell> cells) {
		BigDecimal total = BigDecimal.ZERO;
		for (Cell cell : cells) {
			BigDecimal v = value(cell.row(), cell.column());
			if (v == null) {
				return null;
			}
			total = total.add(v);
		}
		return total;
	}

	public Table table() {
		return table;
	}

	/** The value of a cell, written or computed; null when it is missing or unreadable. */
	public BigDecimal value(Row row, Column column) {
		Cell cell = new Cell(row, column);
		if (memo.containsKey(cell)) {
			return memo.get(cell);
		}
		if (!inProgress.add(cell)) {
			return null; // a cycle in the form's totals; the form's validation reports it
		}
		BigDecimal value = compute(cell);
		inProgress.remove(cell);
		memo.put(cell, value);
		return value;
	}

	private BigDecimal compute(Cell cell) {
		Value written = writtenCells.get(cell);
		if (written != null) {
			return readings.get(written).value();
		}
		if (unreadableRows.contains(cell.row())) {
			return null;
		}
		if (!members.isEmpty() && !Forms.isComputed(cell.row()) && !Forms.isComputed(cell.column())) {
			return memberSum(cell);
		}
		if (cell.column().getSum() != null) {
			return sum(leavesAcross(cell.column().getSum().getTerms(), cell.row()));
		}
		if (cell.row().getSum() != null) {
			return sum(leavesDown(cell.row().getSum().getTerms(), cell.column()));
		}
		if (!writtenRows.containsKey(cell.row()) && zeroFilled) {
			return BigDecimal.ZERO;
		}
		return null;
	}

	/**
	 * A cell's total as the form writes it: each term of {@code total}'s sum (the row or column the cell is the total
	 * of) with its value, null where unknown, and what they add up to (null when a term is unknown or unresolved).
	 */
	public SumOfTerms sumOf(Row row, Column column, TableNode total) {
		Sum sum = total instanceof Column c ? c.getSum() : total instanceof Row r ? r.getSum() : null;
		if (sum == null) {
			return null;
		}
		List<Term> terms = new ArrayList<>();
		BigDecimal added = BigDecimal.ZERO;
		for (TableNode term : sum.getTerms()) {
			if (term == null || term.eIsProxy()) {
				return null;
			}
			BigDecimal v = value(term, total instanceof Row ? column : row);
			terms.add(new Term(Labels.node(term), v));
			added = added == null || v == null ? null : added.add(v);
		}
		return new SumOfTerms(terms, added);
	}

	/** The terms of a total with their values, and their sum. */
	public record SumOfTerms(List<Term> terms, BigDecimal sum) {
	}

	/** The value of a term of an equation in one column or row: a group sums its leaves. */
	public BigDecimal value(TableNode term, TableNode across) {
		BigDecimal total = BigDecimal.ZERO;
		for (TableNode leaf : Forms.leavesOf(term)) {
			BigDecimal v = leaf instanceof Row row ? value(row, (Column) across) : value((Row) across, (Column) leaf);
			if (v == null) {
				return null;
			}
			total = total.add(v);
		}
		return total;
	}

	public Origin origin(Row row, Column column) {
		Cell cell = new Cell(row, column);
		if (writtenCells.containsKey(cell)) {
			return Origin.WRITTEN;
		}
		BigDecimal value = value(row, column);
		if (value == null) {
			return Origin.MISSING;
		}
		if (column.getSum() != null || row.getSum() != null || !members.isEmpty()) {
			return Origin.COMPUTED;
		}
		return Origin.ZERO_FILLED;
	}

	/** The text to print for a cell: as written for written figures, the plain number otherwise. */
	public String text(Row row, Column column) {
		Value written = writtenCells.get(new Cell(row, column));
		if (written != null) {
			return readings.get(written).text();
		}
		BigDecimal value = value(row, column);
		return value == null ? "" : value.toPlainString();
	}

	public Value writtenValue(Row row, Column column) {
		return writtenCells.get(new Cell(row, column));
	}

	public FigureRow writtenRow(Row row) {
		return writtenRows.get(row);
	}

	/** Whether any cell of the table has a number: written, or filled by "all zero"/"others zero". */
	public boolean hasNumber() {
		return zeroFilled || readings.values().stream().anyMatch(r -> r.value() != null && !r.computed());
	}

	/** How many written figures cannot be used (not a number, negative, …). */
	public long unusableValues() {
		return readings.values().stream().filter(r -> r.value() == null && !r.computed()).count();
	}

	public Reading reading(Value value) {
		return readings.get(value);
	}

	/** The column a written value was read into; null when its row could not be read. */
	public Column columnOf(Value value) {
		return columnOfValue.get(value);
	}

	/** Whether a cell is a written total found wrong, or is computed from one: rules through it would only repeat that. */
	boolean isSuspect(Row row, Column column) {
		return dependsOnSuspect(new Cell(row, column), new HashSet<>());
	}

	private boolean dependsOnSuspect(Cell cell, Set<Cell> visited) {
		if (suspect.contains(cell)) {
			return true;
		}
		if (writtenCells.containsKey(cell) || !visited.add(cell)) {
			return false;
		}
		List<Cell> operands = cell.column().getSum() != null
				? leavesAcross(cell.column().getSum().getTerms(), cell.row())
				: cell.row().getSum() != null ? leavesDown(cell.row().getSum().getTerms(), cell.column()) : List.of();
		return operands.stream().anyMatch(o -> dependsOnSuspect(o, visited));
	}

	List<Finding> findings() {
		return findings;
	}
}
