package org.nianbao.ide.text;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;

/**
 * Offsets to editor positions in logarithmic time. Xtext's {@code Document.getPosition} counts lines from the start
 * of the text on every call, which made formatting a report of thousands of rows take seconds. Lines break at
 * "\n" only, as in Xtext's Document.
 */
public final class LineStarts {

	private final int[] starts;

	private LineStarts(int[] starts) {
		this.starts = starts;
	}

	public static LineStarts of(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return new LineStarts(Arrays.copyOf(starts, count));
	}

	public Position position(int offset) {
		int found = Arrays.binarySearch(starts, offset);
		int line = found >= 0 ? found : -found - 2;
		return new Position(line, offset - starts[line]);
	}
}
