package org.nianbao.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ruled tables from a page's ruling lines: lines that touch form one table; its column and row lines make a
 * grid, and two neighbouring grid cells are one (merged) cell where the line between them is missing. A lone
 * box (one cell: a frame around a paragraph, a page border) is no table.
 */
final class LatticeFinder {

	/** How far apart two lines may be and still be one line, or meet. */
	private static final double TOUCH = 2.0;

	private LatticeFinder() {
	}

	static List<Lattice> find(int page, List<Segment> raw) {
		List<Segment> h = merge(raw.stream().filter(Segment::horizontal).toList());
		List<Segment> v = merge(raw.stream().filter(s -> !s.horizontal()).toList());
		if (h.size() + v.size() > PdfLimits.MAX_RULINGS) {
			return List.of(); // a drawing, not a table: its text is read as text
		}
		List<Segment> all = new ArrayList<>(h);
		all.addAll(v);
		int[] parent = new int[all.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < h.size(); i++) {
			for (int j = 0; j < v.size(); j++) {
				if (meet(h.get(i), v.get(j))) {
					union(parent, i, h.size() + j);
				}
			}
		}
		List<Lattice> out = new ArrayList<>();
		for (int root = 0; root < all.size(); root++) {
			if (find(parent, root) != root) {
				continue;
			}
			List<Segment> hs = new ArrayList<>(), vs = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				if (find(parent, i) == root) {
					(i < h.size() ? hs : vs).add(all.get(i));
				}
			}
			Lattice lattice = lattice(page, hs, vs);
			if (lattice != null) {
				out.add(lattice);
			}
		}
		out.sort(Comparator.comparingDouble(Lattice::top));
		return out;
	}

	private static boolean meet(Segment h, Segment v) {
		return v.at() >= h.from() - TOUCH && v.at() <= h.to() + TOUCH && h.at() >= v.from() - TOUCH
				&& h.at() <= v.to() + TOUCH;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		parent[find(parent, a)] = find(parent, b);
	}

	/** Collinear lines that overlap or touch, as one; lines shorter than a glyph dropped. */
	static List<Segment> merge(List<Segment> segments) {
		List<Segment> sorted = new ArrayList<>(segments);
		sorted.sort(Comparator.comparingDouble(Segment::at).thenComparingDouble(Segment::from));
		List<Segment> out = new ArrayList<>();
		List<Segment> row = new ArrayList<>();
		for (Segment s : sorted) {
			if (!row.isEmpty() && s.at() - row.get(0).at() > 1.0) {
				out.addAll(joinRow(row));
				row.clear();
			}
			row.add(s);
		}
		out.addAll(joinRow(row));
		out.removeIf(s -> s.length() < 3);
		return out;
	}

	private static List<Segment> joinRow(List<Segment> row) {
		List<Segment> sorted = new ArrayList<>(row);
		sorted.sort(Comparator.comparingDouble(Segment::from));
		List<Segment> out = new ArrayList<>();
		Segment cur = null;
		for (Segment s : sorted) {
			if (cur != null && s.from() <= cur.to() + TOUCH) {
				cur = new Segment(cur.horizontal(), cur.at(), cur.from(), Math.max(cur.to(), s.to()));
			} else {
				if (cur != null) {
					out.add(cur);
				}
				cur = s;
			}
		}
		if (cur != null) {
			out.add(cur);
		}
		return out;
	}

	private static Lattice lattice(int page, List<Segment> hs, List<Segment> vs) {
		if (hs.size() < 2 || vs.size() < 2) {
			return null;
		}
		double[] xs = widen(cluster(vs), hs);
		double[] ys = widen(cluster(hs), vs);
		int rows = ys.length - 1, cols = xs.length - 1;
		if (rows < 1 || cols < 1 || rows * cols < 2 || rows * (long) cols > 100_000) {
			return null;
		}
		// which cell is joined to its right and lower neighbours
		int[] parent = new int[rows * cols];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				if (c + 1 < cols && !covered(vs, xs[c + 1], ys[r], ys[r + 1])) {
					union(parent, r * cols + c, r * cols + c + 1);
				}
				if (r + 1 < rows && !covered(hs, ys[r + 1], xs[c], xs[c + 1])) {
					union(parent, r * cols + c, (r + 1) * cols + c);
				}
			}
		}
		// a merged region that is not a rectangle takes in what its bounding box covers
		boolean changed = true;
		int[][] bounds = null;
		while (changed) {
			changed = false;
			bounds = new int[rows * cols][];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < cols; c++) {
					int root = find(parent, r * cols + c);
					int[] b = bounds[root];
					bounds[root] = b == null
							? new int[]{r, r, c, c}
							: new int[]{Math.min(b[0], r), Math.max(b[1], r), Math.min(b[2], c), Math.max(b[3], c)};
				}
			}
			for (int root = 0; root < bounds.length; root++) {
				int[] b = bounds[root];
				if (b == null) {
					continue;
				}
				for (int r = b[0]; r <= b[1]; r++) {
					for (int c = b[2]; c <= b[3]; c++) {
						if (find(parent, r * cols + c) != find(parent, root)) {
							union(parent, r * cols + c, root);
							changed = true;
						}
					}
				}
			}
		}
		List<Lattice.Cell> cells = new ArrayList<>();
		for (int root = 0; root < bounds.length; root++) {
			int[] b = bounds[root];
			if (b != null && find(parent, root) == root) {
				cells.add(new Lattice.Cell(b[0], b[1], b[2], b[3]));
			}
		}
		if (cells.size() < 2) {
			return null;
		}
		cells.sort(Comparator.<Lattice.Cell>comparingInt(c -> c.r0).thenComparingInt(c -> c.c0));
		return new Lattice(page, xs, ys, cells);
	}

	/** Whether a line at {@code at} covers most of the edge from {@code from} to {@code to}. */
	private static boolean covered(List<Segment> lines, double at, double from, double to) {
		double margin = Math.min(TOUCH, (to - from) / 4);
		for (Segment s : lines) {
			if (Math.abs(s.at() - at) <= TOUCH && s.from() <= from + margin && s.to() >= to - margin) {
				return true;
			}
		}
		return false;
	}

	/** A table open at its sides (rules only above and below): its lines' ends are its edges. */
	private static double[] widen(double[] at, List<Segment> across) {
		double from = across.stream().mapToDouble(Segment::from).min().orElse(at[0]);
		double to = across.stream().mapToDouble(Segment::to).max().orElse(at[at.length - 1]);
		List<Double> out = new ArrayList<>();
		if (from < at[0] - 3 * TOUCH) {
			out.add(from);
		}
		for (double a : at) {
			out.add(a);
		}
		if (to > at[at.length - 1] + 3 * TOUCH) {
			out.add(to);
		}
		return out.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** The distinct positions of lines (within {@link #TOUCH} one position), ascending. */
	private static double[] cluster(List<Segment> lines) {
		double[] at = lines.stream().mapToDouble(Segment::at).sorted().toArray();
		List<Double> out = new ArrayList<>();
		double sum = 0;
		int n = 0;
		for (int i = 0; i < at.length; i++) {
			if (n > 0 && at[i] - at[i - 1] > TOUCH) {
				out.add(sum / n);
				sum = 0;
				n = 0;
			}
			sum += at[i];
			n++;
		}
		if (n > 0) {
			out.add(sum / n);
		}
		return out.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
