package org.nianbao.cli;

/** {@code -j N} / {@code --jobs N}: how many threads a batch command uses; all the cores unless told. */
final class Jobs {

	private Jobs() {
	}

	static int all() {
		return Runtime.getRuntime().availableProcessors();
	}

	/** The number written, or -1 when it is not a whole number from 1 to 256. */
	static int parse(String written) {
		try {
			int jobs = Integer.parseInt(written.strip());
			return jobs >= 1 && jobs <= 256 ? jobs : -1;
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
