package org.nianbao.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nianbao.form.Forms;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.TableNode;
import org.nianbao.nianbao.Value;

/**
 * Where the one value missing from a row most likely belongs, by the form's own sums: each position is tried with an
 * unknown value, and kept when every total of the row can still add up with one non-negative value there.
 */
public final class MissingCellGuess {

	private MissingCellGuess() {
	}

	/** One place the missing value may belong, and the value the totals imply for it (null when they say nothing). */
	public record Candidate(Column column, BigDecimal value) {
	}

	static List<Candidate> candidates(List<Value> values, List<Column> columns, Function<Value, Reading> readings) {
		if (values.size() != columns.size() - 1) {
			return List.of();
		}
		List<BigDecimal> numbers = new ArrayList<>();
		for (Value value : values) {
			Reading reading = readings.apply(value);
			numbers.add(reading == null || reading.computed() ? null : reading.value());
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int gap = 0; gap < columns.size(); gap++) {
			Map<Column, BigDecimal> cells = new HashMap<>();
			for (int i = 0, v = 0; i < columns.size(); i++) {
				if (i != gap) {
					cells.put(columns.get(i), numbers.get(v++));
				}
			}
			Candidate candidate = tryGap(columns, columns.get(gap), cells);
			if (candidate != null) {
				candidates.add(candidate);
			}
		}
		return candidates;
	}

	private static Candidate tryGap(List<Column> columns, Column gap, Map<Column, BigDecimal> cells) {
		BigDecimal implied = null;
		for (Column total : columns) {
			if (total.getSum() == null) {
				continue;
			}
			List<Column> operands = new ArrayList<>();
			for (TableNode term : total.getSum().getTerms()) {
				Forms.leavesOf(term).stream().filter(Column.class::isInstance).map(Column.class::cast)
						.forEach(operands::add);
			}
			boolean involved = total == gap || operands.contains(gap);
			BigDecimal known = BigDecimal.ZERO;
			boolean unknown = false;
			for (Column operand : operands) {
				if (operand == gap) {
					continue;
				}
				BigDecimal v = cells.get(operand);
				if (v == null) {
					unknown = true;
					break;
				}
				known = known.add(v);
			}
			BigDecimal totalValue = total == gap ? null : cells.get(total);
			if (unknown || (total != gap && totalValue == null)) {
				continue; // a computed mark or an unreadable value: this total says nothing
			}
			BigDecimal x;
			if (!involved) {
				if (known.compareTo(totalValue) != 0) {
					return null;
				}
				continue;
			}
			x = total == gap ? known : totalValue.subtract(known);
			if (x.signum() < 0 || (implied != null && implied.compareTo(x) != 0)) {
				return null;
			}
			implied = x;
		}
		return new Candidate(gap, implied);
	}
}
