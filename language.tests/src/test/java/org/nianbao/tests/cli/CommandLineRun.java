package org.nianbao.tests.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.nianbao.cli.NianbaoCli;

/** One run of the command line in this JVM: its exit code and what it printed. The command-line tests' fixture. */
public record CommandLineRun(int code, String out, String err) {

	/** Runs {@code nianbao ARGS...} as from a script (no terminal: no progress line). */
	public static CommandLineRun of(String... args) {
		return of(false, args);
	}

	/** Runs {@code nianbao ARGS...}, on a terminal when {@code interactive}. */
	public static CommandLineRun of(boolean interactive, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = NianbaoCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), interactive);
		return new CommandLineRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
