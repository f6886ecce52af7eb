package org.nianbao.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.support.TestFiles;

/**
 * Thousands of mutants of every example report (see {@link Mutations}) are parsed, validated, formatted, hovered,
 * completed, quick-fixed ({@link FuzzIdeServices}) and generated (as with --force): no exception escapes or is
 * swallowed into the log, every diagnostic has a line, formatting changes only spaces, a fixed text loads again,
 * no mutant takes longer than {@value #LIMIT_MILLIS} ms. A failing mutant prints its seed; to replay it alone:
 * {@code mvn -B -o verify -pl language.tests -am -Dtest=FuzzTest -Dnianbao.fuzz.mutant=SEED}. A longer run:
 * {@code -Dnianbao.fuzz.count=100000 -Dnianbao.fuzz.budgetSeconds=3600 -Dnianbao.fuzz.seed=42}. Failing inputs
 * are saved in target/fuzz-failures.
 */
class FuzzTest {

	/**
	 * Mutants in a default run, and the time after which no more are started. Measured on two cores with every
	 * stage: 15 to 24 mutants a second, so the budget ends a CI run after 2,300 to 3,600 of the 10,000; a run
	 * with a bigger budget (or a faster machine) goes on with the same sequence.
	 */
	static final int DEFAULT_COUNT = 10_000;
	static final long DEFAULT_BUDGET_SECONDS = 150;
	static final long DEFAULT_SEED = 20250131L;
	static final long LIMIT_MILLIS = 10_000; // generous: CI machines are shared and noisy (a 0.7 s mutant took 4.6 s under load); a quadratic step takes far longer

	@Test
	void mutantsOfEveryExampleAreDiagnosedNeverCrash(@TempDir Path scratch) {
		Fuzzer fuzzer = new Fuzzer(scratch, Long.getLong("nianbao.fuzz.limitMillis", LIMIT_MILLIS));
		// Warm up: the unmutated examples, then each edit three times, so that the time limit is a warm JVM's. They are
		// checked like every mutant, except for time.
		List<Fuzzer.Mutant> warmUp = new ArrayList<>();
		for (Path source : fuzzer.sources()) {
			warmUp.add(new Fuzzer.Mutant(0, source, "none", TestFiles.read(source), null, true, true));
		}
		Path first = fuzzer.sources().get(0);
		for (int i = 0; i < 3 * Mutations.TEXT_EDITS.size(); i++) {
			Mutations.Edit edit = Mutations.TEXT_EDITS.get(i % Mutations.TEXT_EDITS.size());
			String text = edit.apply().apply(TestFiles.read(first), new Random(i));
			warmUp.add(new Fuzzer.Mutant(i, first, edit.name(), text, null, true, true));
		}
		for (Fuzzer.Mutant mutant : warmUp) {
			Fuzzer.Failure outcome = fuzzer.run(mutant);
			assertTrue(outcome.problems().stream().allMatch(p -> p.startsWith("took")), Fuzzer.report(outcome));
		}
		String replay = System.getProperty("nianbao.fuzz.mutant");
		long[] seeds = replay != null
				? new long[]{Long.parseLong(replay)}
				: Fuzzer.seeds(Long.getLong("nianbao.fuzz.seed", DEFAULT_SEED),
						Integer.getInteger("nianbao.fuzz.count", DEFAULT_COUNT));
		int threads = Integer.getInteger("nianbao.fuzz.threads", Runtime.getRuntime().availableProcessors());
		long budget = Long.getLong("nianbao.fuzz.budgetSeconds", DEFAULT_BUDGET_SECONDS);
		Fuzzer.Result result = fuzzer.run(seeds, 20, threads, budget * 1000);
		System.out.printf(
				"fuzz: %d of %d mutants on %d threads in %.1f s (%.0f/s)%s, slowest %d ms (mutant %d), %d failing%n",
				result.count(), seeds.length, threads, result.millis() / 1000.0,
				result.count() * 1000.0 / Math.max(1, result.millis()),
				result.outOfTime() ? " (the " + budget + " s budget ended the run)" : "", result.slowestMillis(),
				result.slowestSeed(), result.failures().size());
		assertTrue(result.count() >= Math.min(seeds.length, 1000),
				"fewer than 1,000 mutants ran: the machine is far too slow");
		assertTrue(result.failures().isEmpty(), () -> result.failures().size() + " failing mutants:\n"
				+ result.failures().stream().map(Fuzzer::report).collect(Collectors.joining("\n")));
	}
}
