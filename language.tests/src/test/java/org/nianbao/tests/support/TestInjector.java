package org.nianbao.tests.support;

import org.eclipse.xtext.testing.IInjectorProvider;
import org.nianbao.tests.NianbaoInjectorProvider;

import com.google.inject.Injector;

/**
 * The one injector of the runtime-language tests, made once per test JVM by the generated
 * {@link NianbaoInjectorProvider}. Test classes take it Xtext's way,
 * {@code @ExtendWith(InjectionExtension.class) @InjectWith(TestInjector.class)} with {@code @Inject} fields; fixtures
 * that also run from static code (parameter sources, the fuzzer's threads) call {@link #get}.
 * <p>
 * Why not {@code @InjectWith(NianbaoInjectorProvider.class)}: InjectionExtension would make a second injector, and
 * around every test it saves and restores the EMF registries, taking the language's validators out of them in
 * between (a copy of the registries empties the validators it copies) — the fixtures' resources, validated outside
 * that bracket, would then be checked by no validator at all. Here the registries hold the one language for the
 * whole run, so there is nothing to save or restore.
 */
public final class TestInjector implements IInjectorProvider {

	static {
		// POI logs through Log4j 2; without a provider it would warn on every first use
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
	}

	public static final Injector INJECTOR = create();

	private static Injector create() {
		NianbaoInjectorProvider provider = new NianbaoInjectorProvider();
		Injector injector = provider.getInjector();
		// getInjector() keeps the language's registrations in a memento, out of the registries, until setupRegistry()
		provider.setupRegistry();
		return injector;
	}

	/** Makes sure the static set-up above ran (Log4j quiet) before a test touches POI without the injector. */
	public static void quietLogging() {
		// loading this class runs its static block
	}

	public static <T> T get(Class<T> type) {
		return INJECTOR.getInstance(type);
	}

	@Override
	public Injector getInjector() {
		return INJECTOR;
	}
}
