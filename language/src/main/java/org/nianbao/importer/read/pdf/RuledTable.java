package org.nianbao.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedTable;

/**
 * A ruled table as the reader sees it, possibly over several pages: cells on a grid of rows and column
 * boundaries, each with its text. A table continued on the next page is appended: a repeated header dropped,
 * a cell or a row cut by the page break joined into one.
 */
final class RuledTable {

	/** An item number a new label starts with: 三、 （四） 2. ① 第二十条. */
	private static final Pattern ITEM = Pattern.compile(
			"^\\s*(?:[（(][一二三四五六七八九十0-9０-９]+[）)]|[一二三四五六七八九十]+、|[0-9０-９]+\\s*[.．、]|[①-⑳]|第[一二三四五六七八九十百0-9]+[条项])");
	private static final Pattern VALUE = Pattern.compile("[-0-9０-９.,．]*[0-9０-９][-0-9０-９.,．]*|/|／|[-－—–―]+|〇|无|空|零");

	private static final class Cell {
		int r0, r1, c0, c1;
		String text;

		Cell(int r0, int r1, int c0, int c1, String text) {
			this.r0 = r0;
			this.r1 = r1;
			this.c0 = c0;
			this.c1 = c1;
			this.text = text;
		}
	}

	final int page;
	final double top;
	private int lastPage;
	private final double left, right;
	private List<Double> columns;
	private int rows;
	private final List<Cell> cells = new ArrayList<>();

	private RuledTable(Lattice lattice) {
		page = lattice.page;
		lastPage = lattice.page;
		top = lattice.top();
		left = lattice.left();
		right = lattice.right();
		columns = new ArrayList<>();
		for (double x : lattice.xs) {
			columns.add(x);
		}
		rows = lattice.ys.length - 1;
		for (Lattice.Cell c : lattice.cells) {
			cells.add(new Cell(c.r0, c.r1, c.c0, c.c1, LineText.cellText(c.glyphs)));
		}
		collapseRows();
	}

	static RuledTable of(Lattice lattice) {
		return new RuledTable(lattice);
	}

	/** Whether {@code next} (which follows this table with nothing but page furniture between) continues it. */
	boolean continuedBy(RuledTable next) {
		if (next.page != lastPage + 1 || next.columns.size() < 3) {
			return false;
		}
		boolean sameLeft = Math.abs(next.left - left) <= 3, sameRight = Math.abs(next.right - right) <= 3;
		// the next page may leave a group label's column undrawn (Chromium): then most of its lines are among these
		long shared = next.columns.stream().filter(x -> columns.stream().anyMatch(c -> Math.abs(c - x) <= 2.5)).count();
		return (sameLeft && sameRight)
				|| ((sameLeft || sameRight) && shared >= 3 && shared >= 0.7 * next.columns.size());
	}

	void append(RuledTable next) {
		List<Double> union = new ArrayList<>(columns);
		union.addAll(next.columns);
		union.sort(Comparator.naturalOrder());
		List<Double> merged = new ArrayList<>();
		for (double x : union) {
			if (merged.isEmpty() || x - merged.get(merged.size() - 1) > 2) {
				merged.add(x);
			}
		}
		remap(this, merged);
		remap(next, merged);
		columns = merged;
		next.dropHeaderOf(this);
		if (next.rows > 0) {
			joinAtBreak(next);
			for (Cell c : next.cells) {
				c.r0 += rows;
				c.r1 += rows;
				cells.add(c);
			}
			rows += next.rows;
		}
		lastPage = next.lastPage;
		collapseRows();
	}

	private static void remap(RuledTable table, List<Double> merged) {
		for (Cell c : table.cells) {
			double x0 = table.columns.get(c.c0), x1 = table.columns.get(c.c1 + 1);
			c.c0 = nearest(merged, x0);
			c.c1 = Math.max(c.c0, nearest(merged, x1) - 1);
		}
	}

	private static int nearest(List<Double> xs, double x) {
		int best = 0;
		for (int i = 1; i < xs.size(); i++) {
			if (Math.abs(xs.get(i) - x) < Math.abs(xs.get(best) - x)) {
				best = i;
			}
		}
		return best;
	}

	/** Drops this table's first rows when they repeat {@code first}'s header rows. */
	private void dropHeaderOf(RuledTable first) {
		int drop = 0;
		for (int k = 1; k <= Math.min(4, Math.min(rows - 1, first.rows - 1)); k++) {
			if (boundary(k) && first.boundary(k) && headTexts(k).equals(first.headTexts(k))
					&& !headTexts(k).isBlank()) {
				drop = k;
			}
		}
		if (drop == 0) {
			return;
		}
		int k = drop;
		cells.removeIf(c -> c.r1 < k);
		for (Cell c : cells) {
			c.r0 -= k;
			c.r1 -= k;
		}
		rows -= k;
	}

	/** Whether no cell crosses the line above row {@code k}. */
	private boolean boundary(int k) {
		return cells.stream().noneMatch(c -> c.r0 < k && c.r1 >= k);
	}

	private String headTexts(int k) {
		StringBuilder out = new StringBuilder();
		cells.stream().filter(c -> c.r1 < k)
				.sorted(Comparator.<Cell>comparingInt(c -> c.r0).thenComparingInt(c -> c.c0))
				.forEach(c -> out.append(c.r0).append(',').append(c.c0).append(',').append(c.c1).append(':')
						.append(c.text.replaceAll("\\s+", "")).append('|'));
		return out.toString().replaceAll("[0-9,:|]", "").isEmpty() ? "" : out.toString();
	}

	/**
	 * Joins what the page break cut. A row whose parts lie on both pages: the second part holds only text that
	 * goes on without an item number (joined to the label it continues), or the first part holds no figure
	 * (cells joined pairwise). Else each group label of the first row (a label with the row's own label to its
	 * right) that is empty or goes on without an item number ("（四）无" + "法提供", a group's empty
	 * continuation), and a label column the second page does not draw at all, continue the cell above.
	 */
	private void joinAtBreak(RuledTable next) {
		int last = rows - 1;
		List<Cell> first = next.cells.stream().filter(n -> n.r0 == 0).toList();
		List<Cell> end = cells.stream().filter(t -> t.r1 == last).toList();
		boolean textOnly = first.stream().anyMatch(n -> !n.text.isBlank())
				&& first.stream().allMatch(n -> n.text.isBlank() || continuation(n.text));
		boolean noFiguresAbove = end.stream().noneMatch(t -> !t.text.isBlank() && value(t.text));
		IdentityHashMap<Cell, Cell> targets = new IdentityHashMap<>();
		for (Cell n : first) {
			Cell t = end.stream().filter(c -> c.c0 <= n.c1 && c.c1 >= n.c0 && !c.text.isBlank() && !value(c.text))
					.min(Comparator.comparingInt((Cell c) -> c.c0 == n.c0 ? 0 : 1).thenComparingInt(c -> c.c0))
					.orElse(null);
			if (!n.text.isBlank()) {
				textOnly &= t != null && !targets.containsValue(t); // two labels under one (a title row) are no cut row
				targets.put(n, t);
			}
		}
		if (textOnly) {
			for (Cell n : first) {
				if (targets.containsKey(n)) {
					join(targets.get(n), n, next);
				} else if (n.r1 == 0) {
					next.cells.remove(n); // an empty cell of the cut row's second part
				}
			}
		} else if (noFiguresAbove && first.stream().allMatch(n -> pair(end, n) != null)) {
			for (Cell n : first) {
				join(pair(end, n), n, next);
			}
		} else {
			int firstValue = first.stream().filter(n -> !n.text.isBlank() && value(n.text)).mapToInt(n -> n.c0).min()
					.orElse(Integer.MAX_VALUE);
			for (Cell n : first) {
				Cell t = pair(end, n);
				boolean group = first.stream()
						.anyMatch(o -> o.c0 > n.c1 && o.c0 < firstValue && !o.text.isBlank() && !value(o.text));
				if (t != null && group && n.c1 < firstValue && !t.text.isBlank() && !value(t.text)
						&& (n.text.isBlank() || continuation(n.text))) {
					join(t, n, next);
				}
			}
		}
		for (Cell t : end) {
			boolean drawn = next.cells.stream().anyMatch(n -> n.c0 <= t.c1 && n.c1 >= t.c0);
			if (!drawn && !t.text.isBlank() && !value(t.text)) {
				t.r1 = rows + next.rows - 1; // a group label whose column the next page leaves undrawn
			}
		}
	}

	private static Cell pair(List<Cell> end, Cell n) {
		return end.stream().filter(t -> t.c0 == n.c0 && t.c1 == n.c1).findFirst().orElse(null);
	}

	/** Text that goes on a label: no figure, no new item number. */
	private static boolean continuation(String text) {
		return !value(text) && !ITEM.matcher(text).find();
	}

	private void join(Cell t, Cell n, RuledTable next) {
		t.text = LineText.join(List.of(t.text.strip(), n.text.strip()));
		t.r1 = Math.max(t.r1, rows + n.r1);
		next.cells.remove(n);
	}

	private static boolean value(String text) {
		return VALUE.matcher(text.replaceAll("\\s+", "")).matches();
	}

	/** Removes rows in which no cell starts (left by cells merged across them). */
	private void collapseRows() {
		for (int r = rows - 1; r >= 0; r--) {
			int row = r;
			if (cells.stream().noneMatch(c -> c.r0 == row)) {
				for (Cell c : cells) {
					if (c.r0 > row) {
						c.r0--;
					}
					if (c.r1 >= row) {
						c.r1--;
					}
				}
				rows--;
			}
		}
	}

	PrintedTable printed(String where) {
		List<List<PrintedCell>> out = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			int row = r;
			List<PrintedCell> line = new ArrayList<>();
			cells.stream().filter(c -> c.r0 <= row && c.r1 >= row).sorted(Comparator.comparingInt(c -> c.c0))
					.forEach(c -> line.add(new PrintedCell(c.text, c.r0 != row)));
			out.add(line);
		}
		return new PrintedTable(out, true, where);
	}
}
