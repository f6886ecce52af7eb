package org.nianbao.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the pairs of texts whose shingled Jaccard similarity reaches a threshold, without comparing every pair:
 * MinHash signatures put likely pairs into the same bucket of some band (locality-sensitive hashing), and only
 * those candidates are compared exactly. Where many texts are copies of each other (a county's template), a text
 * already paired {@code perText} times with the group it belongs to is not compared again, so a thousand copies
 * take well under a second and give a few thousand pairs rather than half a million.
 */
public final class NearDuplicates {

	/** Two texts by their index, and how similar they are. */
	public record Pair(int first, int second, double similarity) {
	}

	private static final int BANDS = 20;
	private static final int ROWS = 3;
	private static final int HASHES = BANDS * ROWS;

	private NearDuplicates() {
	}

	/** Every pair (first &lt; second) at or above {@code threshold}; texts without shingles take no part. */
	public static List<Pair> find(List<int[]> shingles, double threshold) {
		return find(shingles, threshold, Integer.MAX_VALUE);
	}

	/**
	 * The pairs at or above {@code threshold}, each text in at most about {@code perText} of them once its group of
	 * copies is known: every text with a copy is in at least one pair.
	 */
	public static List<Pair> find(List<int[]> shingles, double threshold, int perText) {
		int n = shingles.size();
		int[][] signatures = new int[n][];
		for (int i = 0; i < n; i++) {
			signatures[i] = shingles.get(i).length == 0 ? null : signature(shingles.get(i));
		}
		Set<Long> seen = new HashSet<>();
		List<Pair> pairs = new ArrayList<>();
		int[] group = new int[n];
		int[] paired = new int[n];
		for (int i = 0; i < n; i++) {
			group[i] = i;
		}
		for (int band = 0; band < BANDS; band++) {
			Map<Long, List<Integer>> buckets = new HashMap<>();
			for (int i = 0; i < n; i++) {
				if (signatures[i] == null) {
					continue;
				}
				long key = 1;
				for (int r = 0; r < ROWS; r++) {
					key = key * 31 + signatures[i][band * ROWS + r];
				}
				buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
			for (List<Integer> bucket : buckets.values()) {
				for (int a = 0; a < bucket.size(); a++) {
					for (int b = a + 1; b < bucket.size(); b++) {
						int i = bucket.get(a);
						int j = bucket.get(b);
						if (paired[i] >= perText && paired[j] >= perText && root(group, i) == root(group, j)) {
							continue;
						}
						if (!seen.add((long) i * n + j)) {
							continue;
						}
						// The signatures estimate the similarity: skip the exact count for pairs far below it.
						if (estimate(signatures[i], signatures[j]) < threshold - 0.2) {
							continue;
						}
						double similarity = Shingles.jaccard(shingles.get(i), shingles.get(j));
						if (similarity >= threshold) {
							pairs.add(new Pair(i, j, similarity));
							paired[i]++;
							paired[j]++;
							group[root(group, i)] = root(group, j);
						}
					}
				}
			}
		}
		return pairs;
	}

	private static int root(int[] group, int i) {
		while (group[i] != i) {
			group[i] = group[group[i]];
			i = group[i];
		}
		return i;
	}

	private static int[] signature(int[] shingles) {
		int[] signature = new int[HASHES];
		Arrays.fill(signature, Integer.MAX_VALUE);
		for (int shingle : shingles) {
			for (int k = 0; k < HASHES; k++) {
				int h = Shingles.mix(shingle ^ SEEDS[k]);
				if (h < signature[k]) {
					signature[k] = h;
				}
			}
		}
		return signature;
	}

	private static double estimate(int[] a, int[] b) {
		int same = 0;
		for (int k = 0; k < HASHES; k++) {
			same += a[k] == b[k] ? 1 : 0;
		}
		return (double) same / HASHES;
	}

	private static final int[] SEEDS = seeds();

	private static int[] seeds() {
		int[] seeds = new int[HASHES];
		int x = 0x9E3779B9;
		for (int k = 0; k < HASHES; k++) {
			x = Shingles.mix(x + 0x632BE5AB * (k + 1));
			seeds[k] = x;
		}
		return seeds;
	}
}
