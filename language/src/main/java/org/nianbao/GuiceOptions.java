package org.nianbao;

/**
 * Guice's options, set before the first injector. On Java 24 and later Guice 7 defines its generated classes
 * through {@code sun.misc.Unsafe::staticFieldBase}, and the JVM prints four {@code WARNING:} lines on standard
 * error (google/guice#1909): on every command and in the editor's server log. Without bytecode generation Guice
 * needs no {@code Unsafe} on any Java from 17; it then constructs by reflection, which starts faster here than
 * the other cure ({@code guice_custom_class_loading=CHILD}): 3.2 s against 3.8 s, median of 7 alternating
 * {@code validate} runs on Java 25 (see BENCHMARKS.md). Nothing here uses method interception, the one thing
 * this turns off (an injector would refuse to be made). A value the user set with {@code -D} is kept.
 */
public final class GuiceOptions {

	static final String BYTECODE_GEN = "guice_bytecode_gen_option";

	private GuiceOptions() {
	}

	/** Idempotent; must run before Guice's classes are initialized (they read the option once). */
	public static void apply() {
		if (System.getProperty(BYTECODE_GEN) == null) {
			System.setProperty(BYTECODE_GEN, "DISABLED");
		}
	}
}
