package org.nianbao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, 95th percentile and spread of repeated timings, in milliseconds. */
record Stats(double median, double p95, double min, double max, int count) {

	static Stats of(List<Double> samples) {
		List<Double> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		int n = sorted.size();
		double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		double p95 = sorted.get(Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1));
		return new Stats(median, p95, sorted.get(0), sorted.get(n - 1), n);
	}

	@Override
	public String toString() {
		return String.format("median %.1f ms (min %.1f, max %.1f, n=%d)", median, min, max, count);
	}
}
