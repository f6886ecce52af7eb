package org.nianbao.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code -j N} / {@code --jobs N}: how many threads a batch command uses; all the cores unless told. */
final class Jobs {

	private Jobs() {
	}

	static int all() {
		return Runtime.getRuntime().availableProcessors();
	}

	/** Whether {@code args[i]} is {@code -j} or {@code --jobs} with a value after it. */
	static boolean at(List<String> args, int i) {
		String arg = args.get(i);
		return (arg.equals("-j") || arg.equals("--jobs")) && i + 1 < args.size();
	}

	/** The number after the option at {@code args[i]}; -1, said on {@code err}, when it is not 1 to 256. */
	static int read(List<String> args, int i, PrintStream err) {
		int jobs = parse(args.get(i + 1));
		if (jobs < 1) {
			err.println(args.get(i) + " 后面要写 1 到 256 之间的线程数");
		}
		return jobs;
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
