package org.nianbao.cli;

import java.io.PrintStream;

/**
 * A one-line progress display on a terminal ({@code 检查 120/1000（12%）}), redrawn in place and erased before
 * anything else is printed; silent when the output is not a terminal, so logs and pipes get only the results.
 */
public final class Progress {

	static final long REFRESH_MILLIS = 100;

	private final PrintStream terminal;
	private final String verb;
	private boolean showing;
	private long lastDrawn;

	private Progress(PrintStream terminal, String verb) {
		this.terminal = terminal;
		this.verb = verb;
	}

	public static Progress on(PrintStream terminal, String verb) {
		return new Progress(terminal, verb);
	}

	public static Progress silent() {
		return new Progress(null, "");
	}

	/** Redraws the line, at most every {@value #REFRESH_MILLIS} ms. */
	public void show(int done, int total) {
		long now = System.nanoTime();
		if (terminal == null || total < 2 || (showing && now - lastDrawn < REFRESH_MILLIS * 1_000_000)) {
			return;
		}
		lastDrawn = now;
		showing = true;
		terminal.print("\r" + verb + " " + done + "/" + total + "（" + done * 100 / total + "%）\033[K");
		terminal.flush();
	}

	/** Erases the line, so that the next output starts at the left margin. */
	public void clear() {
		if (showing) {
			terminal.print("\r\033[K");
			terminal.flush();
			showing = false;
		}
	}
}
