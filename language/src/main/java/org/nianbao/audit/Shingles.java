package org.nianbao.audit;

import java.util.Arrays;

/**
 * Texts as sets of overlapping character n-grams (shingles), hashed to ints, and their Jaccard similarity: the
 * share of shingles two texts have in common. Only letters and digits count, so that a copy with changed
 * punctuation or spacing is still a copy.
 */
public final class Shingles {

	/** Characters per shingle: five Chinese characters are about two words. */
	public static final int SIZE = 5;

	private Shingles() {
	}

	/** The sorted, distinct shingle hashes of a text; empty when it is shorter than one shingle. */
	public static int[] of(String text) {
		int[] chars = text.codePoints().filter(Character::isLetterOrDigit).toArray();
		if (chars.length < SIZE) {
			return new int[0];
		}
		int[] hashes = new int[chars.length - SIZE + 1];
		for (int i = 0; i < hashes.length; i++) {
			int h = 17;
			for (int k = 0; k < SIZE; k++) {
				h = h * 1_000_003 + chars[i + k];
			}
			hashes[i] = mix(h);
		}
		Arrays.sort(hashes);
		int n = 0;
		for (int i = 0; i < hashes.length; i++) {
			if (i == 0 || hashes[i] != hashes[i - 1]) {
				hashes[n++] = hashes[i];
			}
		}
		return Arrays.copyOf(hashes, n);
	}

	/** |a ∩ b| / |a ∪ b| of two sorted sets; 0 when both are empty. */
	public static double jaccard(int[] a, int[] b) {
		if (a.length == 0 && b.length == 0) {
			return 0;
		}
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			} else if (a[i] < b[j]) {
				i++;
			} else {
				j++;
			}
		}
		return (double) common / (a.length + b.length - common);
	}

	static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		return h ^ (h >>> 16);
	}
}
