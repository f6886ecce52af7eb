package org.nianbao.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

import org.nianbao.NianbaoStandaloneSetup;

import com.google.common.base.Suppliers;
import com.google.inject.Injector;

/**
 * What every command runs with: where to write, whether a person watches (progress on {@code err}), and the
 * language's services, set up only when a command needs them (help and usage errors answer at once). Both streams
 * write UTF-8.
 */
public final class CliContext {

	final PrintStream out;
	final PrintStream err;
	final boolean interactive;
	private final Supplier<Injector> injector = Suppliers
			.memoize(() -> new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration());

	CliContext(PrintStream out, PrintStream err, boolean interactive) {
		this.out = out;
		this.err = err;
		this.interactive = interactive;
	}

	Injector injector() {
		return injector.get();
	}

	/** Fills a command's {@code @Inject} fields. */
	<T> T inject(T command) {
		injector().injectMembers(command);
		return command;
	}
}
