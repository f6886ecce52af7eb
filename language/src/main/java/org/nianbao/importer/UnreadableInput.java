package org.nianbao.importer;

/** An input that cannot be imported; the message is one line in Chinese saying why and what to do. */
public class UnreadableInput extends Exception {

	private static final long serialVersionUID = 1L;

	public UnreadableInput(String message) {
		super(message);
	}

	public UnreadableInput(String message, Throwable cause) {
		super(message, cause);
	}
}
