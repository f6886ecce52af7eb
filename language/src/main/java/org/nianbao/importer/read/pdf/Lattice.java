package org.nianbao.importer.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table on one page: the x of its column lines and the y of its row lines (ascending), and its cells,
 * each covering rows {@code r0..r1} and columns {@code c0..c1} of that grid (inclusive). Glyphs are put into
 * the cell that holds their centre.
 */
final class Lattice {

	/** A cell of the grid and the glyphs placed in it. */
	static final class Cell {
		final int r0, r1, c0, c1;
		final List<Glyph> glyphs = new ArrayList<>();

		Cell(int r0, int r1, int c0, int c1) {
			this.r0 = r0;
			this.r1 = r1;
			this.c0 = c0;
			this.c1 = c1;
		}
	}

	final int page;
	final double[] xs;
	final double[] ys;
	final List<Cell> cells;
	private final Cell[][] at;

	Lattice(int page, double[] xs, double[] ys, List<Cell> cells) {
		this.page = page;
		this.xs = xs;
		this.ys = ys;
		this.cells = cells;
		at = new Cell[ys.length - 1][xs.length - 1];
		for (Cell cell : cells) {
			for (int r = cell.r0; r <= cell.r1; r++) {
				for (int c = cell.c0; c <= cell.c1; c++) {
					at[r][c] = cell;
				}
			}
		}
	}

	double left() {
		return xs[0];
	}

	double right() {
		return xs[xs.length - 1];
	}

	double top() {
		return ys[0];
	}

	double bottom() {
		return ys[ys.length - 1];
	}

	boolean contains(double x, double y) {
		return x >= left() && x <= right() && y >= top() && y <= bottom();
	}

	/** Puts a glyph into its cell; false when its centre is outside the table. */
	boolean place(Glyph glyph) {
		double x = glyph.centreX(), y = glyph.centreY();
		if (!contains(x, y)) {
			return false;
		}
		at[index(ys, y)][index(xs, x)].glyphs.add(glyph);
		return true;
	}

	private static int index(double[] lines, double v) {
		for (int i = 1; i < lines.length - 1; i++) {
			if (v < lines[i]) {
				return i - 1;
			}
		}
		return lines.length - 2;
	}

	boolean hasText() {
		return cells.stream().anyMatch(c -> !c.glyphs.isEmpty());
	}
}
