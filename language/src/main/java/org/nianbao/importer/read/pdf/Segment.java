package org.nianbao.importer.read.pdf;

/**
 * A ruling line of a page: horizontal at y = {@code at} from x {@code from} to {@code to}, or vertical at
 * x = {@code at} from y {@code from} to {@code to} (points, y growing downwards).
 */
record Segment(boolean horizontal, double at, double from, double to) {

	double length() {
		return to - from;
	}
}
