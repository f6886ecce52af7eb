package org.nianbao;

import java.text.SimpleDateFormat;

import org.nianbao.parser.antlr.internal.InternalNianbaoLexer;

/**
 * Start-up work done ahead, on a thread that would otherwise only wait for the language's setup: on two cores it
 * then costs nothing, and the setup or the first parse no longer does it. Each step initialises a library's own
 * static state, safe from any thread; EMF's and Guice's classes are left alone, because their initialisers call
 * each other and two threads initialising them could deadlock.
 */
public final class StartupWarmup {

	private StartupWarmup() {
	}

	/**
	 * The JDK's calendar, date and number symbols and time zone of the default locale: EMF's {@code EFactoryImpl}
	 * makes four {@code SimpleDateFormat}s in its static initialiser, which loads them on the setup's thread (about
	 * a tenth of the language server's setup here).
	 */
	public static void dateFormats() {
		new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'.'SSSZ");
	}

	/**
	 * The lexer's tables: its class initialiser unpacks several million DFA entries (identifiers may run on into
	 * Chinese, so each keyword's state spans {@code 0} to {@code ）}), otherwise when the first report is parsed.
	 */
	public static void lexer() {
		new InternalNianbaoLexer();
	}
}
