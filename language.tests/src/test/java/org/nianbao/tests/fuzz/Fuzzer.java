package org.nianbao.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nianbao.tests.support.TestFiles;

/**
 * Mutation fuzzing of the example reports. Every mutant is made from its own seed (printed when it fails), so
 * {@code -Dnianbao.fuzz.mutant=SEED} replays exactly that one; the run's seeds come from
 * {@code -Dnianbao.fuzz.seed} and their number from {@code -Dnianbao.fuzz.count}.
 */
final class Fuzzer {

	/** One mutant: which example, which edits, and the input (text, or bytes for a file read from disk). */
	record Mutant(long seed, Path source, String edits, String text, byte[] bytes, boolean utf8, boolean reopen) {

		String describe() {
			return "mutant " + seed + " of " + TestFiles.root().relativize(source) + " [" + edits + "], "
					+ (bytes != null ? bytes.length + " bytes via Workspace" : text.length() + " chars");
		}
	}

	record Failure(Mutant mutant, long millis, List<String> problems) {
	}

	record Result(int count, long millis, long slowestMillis, long slowestSeed, List<Failure> failures,
			boolean outOfTime) {
	}

	private final Map<Path, String> examples = new LinkedHashMap<>();
	private final List<Path> sources;
	private final Path scratch;
	private final long limitMillis;

	Fuzzer(Path scratch, long limitMillis) {
		Path root = TestFiles.examples();
		for (Path file : TestFiles.nianbaoFiles(root)) {
			examples.put(file, TestFiles.read(file));
		}
		this.sources = List.copyOf(examples.keySet());
		this.scratch = scratch;
		this.limitMillis = limitMillis;
	}

	List<Path> sources() {
		return sources;
	}

	/** The seed of the {@code i}-th mutant of a run. */
	static long[] seeds(long runSeed, int count) {
		Random random = new Random(runSeed);
		long[] seeds = new long[count];
		for (int i = 0; i < count; i++) {
			seeds[i] = random.nextLong();
		}
		return seeds;
	}

	Mutant mutant(long seed) {
		Random r = new Random(seed);
		Path source = sources.get(r.nextInt(sources.size()));
		String text = examples.get(source);
		List<String> names = new ArrayList<>();
		int edits = r.nextInt(8) == 0 ? 4 + r.nextInt(8) : 1 + r.nextInt(3);
		boolean heavy = false;
		for (int e = 0; e < edits; e++) {
			Mutations.Edit edit = Mutations.TEXT_EDITS.get(r.nextInt(Mutations.TEXT_EDITS.size()));
			boolean isHeavy = Mutations.HEAVY.contains(edit.name());
			// costly edits are rarer, and one to a mutant
			if (isHeavy && (heavy || r.nextInt(6) != 0)) {
				continue;
			}
			heavy |= isHeavy;
			text = edit.apply().apply(text, r);
			names.add(edit.name());
		}
		if (r.nextInt(10) == 0) {
			boolean invalid = r.nextBoolean();
			names.add(invalid ? "invalid-utf8" : "file");
			byte[] bytes = invalid ? Mutations.invalidUtf8(text, r) : text.getBytes(StandardCharsets.UTF_8);
			boolean utf8 = !invalid || isUtf8(bytes);
			return new Mutant(seed, source, String.join(" ", names), text, bytes, utf8, reopen(text, r));
		}
		return new Mutant(seed, source, String.join(" ", names), text, null, true, reopen(text, r));
	}

	/**
	 * Whether to re-open the generated document with POI, as Word would (costly): always when the text has
	 * characters XML forbids, otherwise one mutant in ten.
	 */
	private static boolean reopen(String text, Random r) {
		return r.nextInt(10) == 0 || text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'
				|| c == 0xFFFE || c == 0xFFFF || Character.isSurrogate((char) c));
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
			return true;
		} catch (java.nio.charset.CharacterCodingException e) {
			return false;
		}
	}

	/** Runs one mutant; its problems, a too-long run among them. */
	Failure run(Mutant mutant) {
		long start = System.nanoTime();
		FuzzTarget.STAGES.set("");
		List<String> problems = new ArrayList<>(mutant.bytes() != null
				? FuzzTarget.runFile(mutant.bytes(), scratch.resolve("mutant-" + Long.toUnsignedString(mutant.seed())),
						mutant.utf8(), mutant.reopen())
				: FuzzTarget.runText(mutant.text(), mutant.source().resolveSibling("fuzz-mutant.nianbao"),
						mutant.reopen()));
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (millis > limitMillis) {
			problems.add("took " + millis + " ms (limit " + limitMillis + " ms): " + FuzzTarget.STAGES.get());
		}
		return new Failure(mutant, millis, problems);
	}

	/**
	 * Runs the mutants on {@code threads} threads (each mutant in its own resource set), in seed order; no mutant is
	 * started once {@code budgetMillis} have passed, so a slow machine runs a prefix of the same sequence.
	 */
	Result run(long[] seeds, int maxFailures, int threads, long budgetMillis) {
		List<Failure> failures = new ArrayList<>();
		long start = System.nanoTime();
		long slowest = -1;
		long slowestSeed = 0;
		int done = 0;
		boolean outOfTime = false;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long deadline = start + budgetMillis * 1_000_000;
			List<Future<Failure>> outcomes = new ArrayList<>();
			for (long seed : seeds) {
				outcomes.add(pool.submit(() -> System.nanoTime() > deadline ? null : run(mutant(seed))));
			}
			for (Future<Failure> future : outcomes) {
				Failure outcome = future.get();
				if (outcome == null) {
					outOfTime = true;
					continue;
				}
				done++;
				if (outcome.millis() > slowest) {
					slowest = outcome.millis();
					slowestSeed = outcome.mutant().seed();
				}
				if (!outcome.problems().isEmpty()) {
					failures.add(outcome);
					save(outcome.mutant());
					if (failures.size() >= maxFailures) {
						break;
					}
				}
			}
		} catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException(e);
		} finally {
			pool.shutdownNow();
		}
		return new Result(done, (System.nanoTime() - start) / 1_000_000, slowest, slowestSeed, failures, outOfTime);
	}

	/** Keeps a failing input in target/fuzz-failures for minimising it into a regression test. */
	private static void save(Mutant mutant) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
			byte[] bytes = mutant.bytes() != null ? mutant.bytes() : mutant.text().getBytes(StandardCharsets.UTF_8);
			Files.write(dir.resolve(mutant.seed() + ".nianbao"), bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String report(Failure failure) {
		return failure.mutant().describe() + ", " + failure.millis() + " ms\n  replay: -Dnianbao.fuzz.mutant="
				+ failure.mutant().seed() + "\n  " + String.join("\n  ", failure.problems());
	}

	/** For runs outside Maven: {@code java -cp ... org.nianbao.tests.Fuzzer COUNT [SEED]}. */
	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 20250131L;
		Fuzzer fuzzer = new Fuzzer(Files.createTempDirectory("nianbao-fuzz"), 2000);
		for (Path source : fuzzer.sources()) {
			fuzzer.run(new Mutant(0, source, "none", TestFiles.read(source), null, true, true));
		}
		Result result = fuzzer.run(args.length > 2 ? new long[]{Long.parseLong(args[2])} : seeds(seed, count), 50,
				Runtime.getRuntime().availableProcessors(), Long.MAX_VALUE / 2_000_000);
		for (Failure failure : result.failures()) {
			System.out.println(report(failure));
		}
		System.out.println(result.count() + " mutants in " + result.millis() + " ms, slowest " + result.slowestMillis()
				+ " ms (mutant " + result.slowestSeed() + "), " + result.failures().size() + " failing");
	}
}
