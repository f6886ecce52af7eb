package org.nianbao.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.docx.DocxGenerator;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.export.AtomicFileWriter;
import org.nianbao.html.RenderOptions;
import org.nianbao.html.ReportHtml;
import org.nianbao.nianbao.Report;

import com.google.inject.Injector;

/**
 * Nianbao's benchmarks: validation and generation throughput (one thread, all cores), growth with report
 * length, the command line from a cold start, and pandoc on the same documents. Writes a Markdown summary.
 * Usage: Benchmarks REPORTS OUTPUT.md [SEED_REPORT [ERROR_EVERY]] (run from the repository root, after the jar is
 * built); from Maven: {@code -Dbench.reports=N -Dbench.seedReport=FILE -Dbench.errorEvery=K} (0: no errors).
 */
public final class Benchmarks {

	private final Injector injector = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
	private final DocxGenerator generator = injector.getInstance(DocxGenerator.class);
	private final StringBuilder md = new StringBuilder();
	private final int cores = Runtime.getRuntime().availableProcessors();

	public static void main(String[] args) throws Exception {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		int reports = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Path output = Path.of(args.length > 1 ? args[1] : "benchmarks/target/benchmarks.md");
		Path seed = Path.of(args.length > 2 ? args[2] : "examples/anhe-scjg-2024.nianbao");
		int errorEvery = args.length > 3 ? Integer.parseInt(args[3]) : 10;
		new Benchmarks(seed, errorEvery).run(reports, output);
	}

	private final Path seed;
	private final int errorEvery;

	private Benchmarks(Path seed, int errorEvery) {
		this.seed = seed;
		this.errorEvery = errorEvery;
	}

	private void run(int count, Path output) throws Exception {
		ReportCorpus corpus = new ReportCorpus(seed, errorEvery);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			texts.add(corpus.report(i, 1));
		}
		Path work = Files.createTempDirectory("nianbao-bench");
		prepareLauncher(texts.get(0), work);
		line("## Run of " + java.time.LocalDate.now(java.time.ZoneId.systemDefault()) + ": " + count
				+ " reports made from " + seed + " (every "
				+ errorEvery + "th with an error), " + cores + " cores, " + (Runtime.getRuntime().maxMemory() >> 20)
				+ " MB heap, Java "
				+ System.getProperty("java.version"));
		line("");

		// warm up the JIT on both paths
		runAll(Math.min(200, count), 1, i -> generate(parse(texts.get(i)), work.resolve("warm.docx")));

		long errors = texts.stream().limit(count).filter(t -> errorCount(parse(t)) > 0).count();
		double validate1 = median(3, () -> runAll(count, 1, i -> errorCount(parse(texts.get(i)))));
		double validateN = median(3, () -> runAll(count, cores, i -> errorCount(parse(texts.get(i)))));
		line("| Validation (parse + every check) | 1 thread | " + cores + " threads |");
		line("| --- | --- | --- |");
		line(String.format("| %d reports | %.2f s (%.0f reports/s, %.2f ms each) | %.2f s (%.0f reports/s) |", count,
				validate1 / 1000, count * 1000 / validate1, validate1 / count, validateN / 1000,
				count * 1000 / validateN));
		line("");
		line("Reports with errors found: " + errors + " of " + count + " (expected "
				+ (errorEvery > 0 ? count / errorEvery : 0) + ").");
		line("");

		resetPeaks();
		double generate1 = median(3,
				() -> runAll(count, 1, i -> generate(parse(texts.get(i)), work.resolve("g" + i + ".docx"))));
		double generateN = median(3,
				() -> runAll(count, cores, i -> generate(parse(texts.get(i)), work.resolve("g" + i + ".docx"))));
		double both = median(3, () -> runAll(count, cores, i -> {
			Resource resource = parse(texts.get(i));
			errorCount(resource);
			generate(resource, work.resolve("b" + i + ".docx"));
		}));
		long peak = peakHeapMb();
		line("| Generation (parse + .docx written atomically) | 1 thread | " + cores + " threads |");
		line("| --- | --- | --- |");
		line(String.format("| %d documents | %.2f s (%.0f docs/s, %.2f ms each) | %.2f s (%.0f docs/s) |", count,
				generate1 / 1000, count * 1000 / generate1, generate1 / count, generateN / 1000,
				count * 1000 / generateN));
		line("");
		line(String.format("**%d reports validated and generated, %d threads: %.2f s** (target: under 30 s). Peak heap "
				+ "during generation: %d MB.", count, cores, both / 1000, peak));
		line("");

		double cliDocsPerSecond = commandLine(texts, work);
		scaling(corpus, work);
		cold(texts.get(0), work);
		pandoc(texts, work, count * 1000 / generate1, cliDocsPerSecond);
		Files.createDirectories(output.toAbsolutePath().getParent());
		Files.writeString(output, md.toString());
		System.out.println(md);
	}

	/**
	 * What a user runs: {@code ./nianbao validate} and {@code ./nianbao generate --force} over a folder of all the
	 * reports, from process start to exit (JVM start and JIT warm-up included). Returns documents per second
	 * on all cores.
	 */
	private double commandLine(List<String> texts, Path work) throws IOException, InterruptedException {
		Path folder = Files.createDirectories(work.resolve("corpus"));
		for (int i = 0; i < texts.size(); i++) {
			Files.writeString(folder.resolve(String.format("r%04d.nianbao", i)), texts.get(i));
		}
		Path out = work.resolve("docs");
		line("| Command line over a folder of " + texts.size() + " reports (process start to exit, 3 runs) | -j 1 | -j "
				+ cores + " (the default) |");
		line("| --- | --- | --- |");
		double generateN = 0;
		for (String verb : List.of("validate", "audit", "generate")) {
			List<String> row = new ArrayList<>();
			for (int jobs : new int[]{1, cores}) {
				List<Double> runs = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					List<String> command = new ArrayList<>(
							List.of("./nianbao", verb.equals("audit") ? "validate" : verb,
									"-j", String.valueOf(jobs)));
					if (verb.equals("generate")) {
						command.addAll(List.of("--force", "-o", out.toString()));
					} else if (verb.equals("audit")) {
						command.addAll(List.of("--report", work.resolve("audit.html").toString()));
					}
					command.add(folder.toString());
					runs.add(process(command));
				}
				Stats stats = Stats.of(runs);
				row.add(String.format("%.1f s (%.0f reports/s; min %.1f, max %.1f)", stats.median() / 1000,
						texts.size() * 1000 / stats.median(), stats.min() / 1000, stats.max() / 1000));
				generateN = texts.size() * 1000 / stats.median();
			}
			String what = switch (verb) {
			case "generate" -> "generate --force -o DIR FOLDER` (every report checked, then written)";
			case "audit" ->
				"validate --report audit.html FOLDER` (checked, then the audit page: copies, totals, charts)";
			default -> "validate FOLDER` (every report checked)";
			};
			line("| `./nianbao " + what + " | " + row.get(0) + " | " + row.get(1) + " |");
		}
		line("");
		return generateN;
	}

	private void scaling(ReportCorpus corpus, Path work) {
		line("| Report length | characters | validate (median of 5) | generate (median of 5) |");
		line("| --- | --- | --- | --- |");
		for (int scale : new int[]{1, 10, 100}) {
			String text = corpus.report(7, scale);
			double validate = median(5, () -> errorCount(parse(text)));
			double generate = median(5, () -> generate(parse(text), work.resolve("scale.docx")));
			line(String.format("| %d× | %,d | %.1f ms | %.1f ms |", scale, text.length(), validate, generate));
		}
		line("");
	}

	private void cold(String text, Path work) throws IOException, InterruptedException {
		Path file = work.resolve("one.nianbao");
		Files.writeString(file, text.replace(" 999999\n", "\n"));
		List<Double> jvm = new ArrayList<>();
		List<Double> validate = new ArrayList<>();
		List<Double> generate = new ArrayList<>();
		for (int i = 0; i < 7; i++) { // alternating, so that the machine's load falls on all three alike
			jvm.add(process(List.of(launcherJava(), "-version")));
			validate.add(process(List.of("./nianbao", "validate", file.toString())));
			generate.add(process(List.of("./nianbao", "generate", file.toString())));
		}
		double start = Stats.of(jvm).median();
		line("| Command line, cold (process start to exit, 7 runs, alternating) | wall time | × `java -version` (medians) |");
		line("| --- | --- | --- |");
		line("| `java -version` (the launcher's Java) | " + Stats.of(jvm) + " | 1 |");
		line(String.format("| `./nianbao validate one.nianbao` | %s | %.1f× |", Stats.of(validate),
				Stats.of(validate).median() / start));
		line(String.format("| `./nianbao generate one.nianbao` | %s | %.1f× |", Stats.of(generate),
				Stats.of(generate).median() / start));
		line("");
	}

	/** The Java the launcher runs: JAVA_HOME's, else the one on PATH. */
	private static String launcherJava() {
		String home = System.getenv("JAVA_HOME");
		return home != null && Files.isExecutable(Path.of(home, "bin", "java"))
				? Path.of(home, "bin", "java").toString()
				: "java";
	}

	/** The launcher's first run after a build makes its class-data archive in the background: let it finish. */
	private static void prepareLauncher(String text, Path work) throws IOException, InterruptedException {
		Path file = work.resolve("first.nianbao");
		Files.writeString(file, text);
		process(List.of("./nianbao", "generate", "--force", file.toString()));
		for (int wait = 0; wait < 60 && !hasArchive(); wait++) {
			Thread.sleep(500);
		}
	}

	private static boolean hasArchive() throws IOException {
		try (var files = Files.list(Path.of("language.ide/target"))) {
			return files.anyMatch(f -> f.getFileName().toString().matches("nianbao-.*\\.jsa"));
		}
	}

	private void pandoc(List<String> texts, Path work, double ours1, double cliN) throws Exception {
		int n = Math.min(texts.size(), 100);
		ReportEvaluator evaluator = injector.getInstance(ReportEvaluator.class);
		List<Path> html = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Report report = (Report) parse(texts.get(i)).getContents().get(0);
			Path file = work.resolve("p" + i + ".html");
			Files.writeString(file, ReportHtml.page(evaluator.evaluate(report), RenderOptions.PUBLISHED));
			html.add(file);
		}
		if (!isAvailable("pandoc")) {
			line("pandoc is not installed (`apt-get install pandoc`): no comparison.");
			return;
		}
		pandoc(html.get(0)); // the first start reads pandoc's 100 MB binary from disk: not what a batch pays
		double sequential = timed(() -> runAll(n, 1, i -> pandoc(html.get(i))));
		double parallel = timed(() -> runAll(n, cores, i -> pandoc(html.get(i))));
		double pandoc1 = n * 1000 / sequential;
		double pandocN = n * 1000 / parallel;
		line("| Same documents to .docx | 1 at a time | " + cores + " at a time |");
		line("| --- | --- | --- |");
		line(String.format("| pandoc (HTML with merged-cell tables → docx, %d documents) | %.1f docs/s | %.1f docs/s |",
				n,
				pandoc1, pandocN));
		line(String.format(
				"| Nianbao: 1 thread in one JVM (parse, evaluate, typeset, write); `./nianbao generate` over the "
						+ "folder on all cores, process start to exit | %.0f docs/s | %.0f docs/s |",
				ours1, cliN));
		line(String.format("| ratio | %.1f× | %.1f× |", ours1 / pandoc1, cliN / pandocN));
		line("");
	}

	private static void pandoc(Path html) {
		try {
			Process p = new ProcessBuilder("pandoc", "-f", "html", "-t", "docx", "-o",
					html.resolveSibling(html.getFileName() + ".docx").toString(), html.toString()).inheritIO().start();
			if (p.waitFor() != 0) {
				throw new IllegalStateException("pandoc failed on " + html);
			}
		} catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean isAvailable(String command) {
		try {
			return new ProcessBuilder(command, "--version").start().waitFor() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	private static double process(List<String> command) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Process p = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		p.waitFor();
		return (System.nanoTime() - start) / 1e6;
	}

	private Resource parse(String text) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createURI("memory:/report.nianbao"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	private long errorCount(Resource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).count();
	}

	private void generate(Resource resource, Path target) {
		try {
			AtomicFileWriter.write(target, out -> generator.write((Report) resource.getContents().get(0), out));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static double runAll(int count, int threads, IntConsumer task) {
		long start = System.nanoTime();
		if (threads == 1) {
			for (int i = 0; i < count; i++) {
				task.accept(i);
			}
		} else {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			AtomicLong next = new AtomicLong();
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						task.accept((int) i);
					}
				}));
			}
			try {
				for (Future<?> f : futures) {
					f.get();
				}
			} catch (Exception e) {
				throw new IllegalStateException(e);
			} finally {
				pool.shutdown();
			}
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private static double timed(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(int runs, Runnable work) {
		List<Double> samples = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			samples.add(timed(work));
		}
		return Stats.of(samples).median();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMb() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
	}

	private void line(String text) {
		md.append(text).append('\n');
	}
}
