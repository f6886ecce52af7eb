package org.nianbao.cli;

import picocli.CommandLine.Option;

/** {@code -j N} / {@code --jobs N}, shared by the batch commands. */
final class JobsOption {

	@Option(names = {"-j", "--jobs"}, paramLabel = "线程数", description = "同时处理几份报告（1 到 256，默认为处理器核数）")
	private String written;

	/** The number of threads, or -1 after saying on {@code err} what was wrong. */
	int threads(CliContext context) {
		if (written == null) {
			return Jobs.all();
		}
		int jobs = Jobs.parse(written);
		if (jobs < 1) {
			context.err.println("-j/--jobs 后面要写 1 到 256 之间的线程数，而不是“" + written + "”");
		}
		return jobs;
	}
}
