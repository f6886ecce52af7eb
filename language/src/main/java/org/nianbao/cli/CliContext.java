package org.nianbao.cli;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.StartupWarmup;

import com.google.common.base.Suppliers;
import com.google.common.base.Throwables;
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
	private final Supplier<Injector> injector = Suppliers.memoize(this::awaitInjector);
	private volatile CompletableFuture<Injector> early;

	CliContext(PrintStream out, PrintStream err, boolean interactive) {
		this.out = out;
		this.err = err;
		this.interactive = interactive;
	}

	/**
	 * Starts setting up the language on another thread, while picocli reads the arguments and the command its
	 * options: on two cores both take about a tenth of a second. Only for a verb that will need it (help and usage
	 * errors must not wait for nor compete with it).
	 */
	void prepareInjector() {
		if (early == null) {
			early = new CompletableFuture<>();
			Thread setup = new Thread(() -> {
				try {
					early.complete(createInjector());
				} catch (RuntimeException | Error e) {
					early.completeExceptionally(e);
				}
			}, "nianbao-language-setup");
			setup.setDaemon(true);
			setup.start();
			StartupWarmup.dateFormats(); // before the setup needs them: this thread has time to spare, the setup none
		}
	}

	Injector injector() {
		return injector.get();
	}

	private Injector awaitInjector() {
		if (early == null) {
			return createInjector();
		}
		StartupWarmup.lexer(); // while the setup still runs, before the first report is parsed
		try {
			return early.join();
		} catch (CompletionException e) {
			// the setup's own failure, as if it had run on this thread
			Throwables.throwIfUnchecked(e.getCause());
			throw e;
		}
	}

	private static Injector createInjector() {
		return new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/** Fills a command's {@code @Inject} fields. */
	<T> T inject(T command) {
		injector().injectMembers(command);
		return command;
	}
}
