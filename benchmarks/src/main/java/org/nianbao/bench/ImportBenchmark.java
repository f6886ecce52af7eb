package org.nianbao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.importer.Importer;
import org.nianbao.nianbao.Form;
import org.nianbao.scoping.BuiltinLibrary;

import com.google.inject.Injector;

/**
 * Import of published reports in a warm JVM: each file imported {@code warm-up} times, then timed {@code runs}
 * times (wall time: median, min, max per document and per page for a PDF; the importing thread's CPU time); then, for the largest file, the heap in use at
 * the peak of one import after a full collection before it.
 *
 * <pre>
 * mvn -B -o -Pbench package -DskipTests
 * CP=benchmarks/target/classes:language.ide/target/nianbao.jar
 * java -cp $CP org.nianbao.bench.ImportBenchmark [runs] FILE...   # e.g. language.tests/src/test/resources/import/*.pdf
 * </pre>
 */
public final class ImportBenchmark {

	private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		int runs = Integer.parseInt(args[0]);
		Injector injector = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Form form = (Form) injector.getInstance(BuiltinLibrary.class).nationalForm(set).getContents().get(0);
		Importer importer = new Importer(form);
		System.out.println("Java " + System.getProperty("java.version") + ", "
				+ Runtime.getRuntime().availableProcessors()
				+ " cores, load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.println("| File | KB | pages | import, warm (median of " + runs
				+ ") | per page | min / max | CPU of the import (median) |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
		Path largest = null;
		for (int i = 1; i < args.length; i++) {
			Path file = Path.of(args[i]);
			if (largest == null || file.toFile().length() > largest.toFile().length()) {
				largest = file;
			}
			for (int w = 0; w < Math.max(5, runs / 2); w++) {
				importer.importFile(file);
			}
			List<Double> times = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			for (int r = 0; r < runs; r++) {
				long start = System.nanoTime();
				long cpuStart = THREADS.getCurrentThreadCpuTime();
				importer.importFile(file);
				times.add((System.nanoTime() - start) / 1e6);
				cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
			}
			Stats stats = Stats.of(times);
			int pages = pages(file);
			System.out.printf("| %s | %d | %s | %.1f ms | %s | %.1f / %.1f ms | %.1f ms |%n", file.getFileName(),
					file.toFile().length() / 1024,
					pages > 0 ? String.valueOf(pages) : "–", stats.median(),
					pages > 0 ? String.format("%.1f ms", stats.median() / pages) : "–",
					stats.min(), stats.max(), Stats.of(cpu).median());
		}
		System.gc();
		long before = heapInUse();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		importer.importFile(largest);
		long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf("%nLargest file %s: heap in use %d MB before, %d MB at the peak of its import (+%d MB).%n",
				largest.getFileName(),
				before >> 20, peak >> 20, (peak - before) >> 20);
	}

	private static int pages(Path file) {
		if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
			return 0;
		}
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return document.getNumberOfPages();
		} catch (Exception e) {
			return 0;
		}
	}

	private static long heapInUse() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getUsage().getUsed()).sum();
	}
}
