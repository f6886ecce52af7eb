package org.nianbao.ide;

import java.io.Console;

/** Whether a person watches the command: standard input and output are a terminal, not a pipe or a file. */
final class Terminal {

	private Terminal() {
	}

	@SuppressWarnings("SystemConsoleNull") // null or not, isTerminal() decides where it exists
	static boolean attached() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22 and later return a console for redirected streams too; only isTerminal() (Java 22+) tells
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true; // before Java 22 there is a console only for a terminal
		}
	}
}
