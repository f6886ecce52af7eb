package org.nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.nianbao.tests.lsp.LspTestClient;

/**
 * Measures the language server as an editor sees it: process start until the first diagnostics of an opened report;
 * an edit until its diagnostics (the first {@value #COLD_EDITS} edits of a start apart from the rest, since a
 * typing session is hundreds of edits); hover, completion and formatting answers. For a report, one twenty times
 * longer, and one of 10,000 lines (its prose repeated). With {@code --memory N}: the server's memory with N
 * reports open.
 *
 * <pre>
 * mvn -B -o -Pbench package -DskipTests   # benchmarks/ is a profile; no measuring in this phase
 * CP=benchmarks/target/classes:language.tests/target/language.tests-0.1.0-SNAPSHOT-tests.jar:language.ide/target/nianbao.jar
 * java -cp $CP org.nianbao.bench.ServerBenchmark \
 *     language.ide/target/nianbao.jar examples/anhe-scjg-2024.nianbao [starts] [edits] [-- JVM options of the server]
 * java -cp $CP org.nianbao.bench.ServerBenchmark --memory 100 \
 *     language.ide/target/nianbao.jar examples/anhe-scjg-2024.nianbao [-- JVM options of the server]
 * </pre>
 */
public final class ServerBenchmark {

	static final int COLD_EDITS = 10;

	private ServerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 1 && args[0].equals("--memory")) {
			int count = Integer.parseInt(args[1]);
			String[] rest = List.of(args).subList(2, args.length).toArray(String[]::new);
			ServerMemory.measure(Path.of(rest[0]).toAbsolutePath(), standalone(Files.readString(Path.of(rest[1]))),
					count,
					jvmOptions(rest));
			System.exit(0); // lsp4j's idle reader threads would keep this JVM for another minute
		}
		if (args.length < 2) {
			System.err.println("用法：ServerBenchmark <nianbao.jar> <报告.nianbao> [启动次数] [每次编辑次数] [-- 服务器 JVM 参数…]");
			System.exit(2);
		}
		Path jar = Path.of(args[0]).toAbsolutePath();
		String report = standalone(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
		int starts = args.length > 2 && !args[2].equals("--") ? Integer.parseInt(args[2]) : 10;
		int edits = args.length > 3 && !args[3].equals("--") ? Integer.parseInt(args[3]) : 20;
		List<String> jvm = jvmOptions(args);
		System.out.println("JVM 参数：" + (jvm.isEmpty() ? "（无）" : String.join(" ", jvm)));
		measure("典型报告（" + report.lines().count() + " 行，" + report.length() + " 字符）", jar, jvm, report, starts, edits);
		String longer = longer(report, 20);
		measure("20 倍长（" + longer.lines().count() + " 行，" + longer.length() + " 字符）", jar, jvm, longer, starts, edits);
		String huge = lines(report, 10_000);
		measure("一万行（" + huge.lines().count() + " 行，" + huge.length() + " 字符）", jar, jvm, huge, Math.max(2, starts / 3),
				Math.max(COLD_EDITS + 10, edits));
		System.exit(0); // lsp4j's idle reader threads would keep this JVM for another minute
	}

	static List<String> jvmOptions(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--")) {
				return List.of(args).subList(i + 1, args.length);
			}
		}
		return List.of();
	}

	/** The report without its last-year reference: the benchmark's workspace holds it alone. */
	static String standalone(String report) {
		return report.replaceAll("(?m)^\\s*previous .*\n", "").replace("（上年{previous.本年新收.总计}件）", "");
	}

	/** The report with its prose lines repeated until it has about {@code count} lines. */
	static String lines(String report, int count) {
		long prose = report.lines().filter(l -> l.startsWith("| ")).count();
		long copies = 1 + Math.max(0, (count - report.lines().count()) / Math.max(1, prose));
		StringBuilder out = new StringBuilder();
		for (String line : report.split("\n", -1)) {
			for (int i = 0; i < (line.startsWith("| ") ? copies : 1); i++) {
				out.append(line).append('\n');
			}
		}
		return out.toString();
	}

	/** The report with each prose line repeated so that the whole is about {@code factor} times as long. */
	static String longer(String report, int factor) {
		long prose = report.lines().filter(l -> l.startsWith("| ")).mapToLong(l -> l.length() + 1).sum();
		long copies = 1 + Math.round((factor - 1) * (double) report.length() / prose);
		StringBuilder out = new StringBuilder();
		for (String line : report.split("\n", -1)) {
			int n = line.startsWith("| ") ? (int) copies : 1;
			for (int i = 0; i < n; i++) {
				out.append(line).append('\n');
			}
		}
		return out.toString();
	}

	private static void measure(String title, Path jar, List<String> jvm, String text, int starts, int edits)
			throws Exception {
		List<Double> first = new ArrayList<>();
		List<Double> initialize = new ArrayList<>();
		List<Double> coldEdits = new ArrayList<>();
		List<Double> edit = new ArrayList<>();
		List<Double> hover = new ArrayList<>();
		List<Double> completion = new ArrayList<>();
		List<Double> formatting = new ArrayList<>();
		List<Double> jvmStart = new ArrayList<>();
		for (int run = 0; run < starts; run++) {
			jvmStart.add(javaVersion(jvm)); // before each server start, so that the load falls on both alike
			Path workspace = Files.createTempDirectory("nianbao-bench");
			Path file = workspace.resolve("report.nianbao");
			Files.writeString(file, text, StandardCharsets.UTF_8);
			String uri = file.toUri().toString();
			long t0 = System.nanoTime();
			Process process = startServer(jar, jvm);
			LspTestClient client = new LspTestClient();
			LanguageServer server = connect(process, client);
			server.initialize(initializeParams(workspace)).get(120, TimeUnit.SECONDS);
			initialize.add(ms(System.nanoTime() - t0));
			server.initialized(new InitializedParams());
			server.getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", 1, text)));
			client.next(uri, 120);
			first.add(ms(System.nanoTime() - t0));
			String current = text;
			for (int i = 0; i < edits; i++) {
				// a figure typed wrong, then right again: every edit changes the diagnostics
				current = i % 2 == 0
						? current.replaceFirst("(上年结转 +)2 ", "$13 ")
						: current.replaceFirst("(上年结转 +)3 ", "$12 ");
				client.drain();
				long e0 = System.nanoTime();
				server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(uri, i + 2),
						List.of(new TextDocumentContentChangeEvent(current))));
				client.next(uri, 120);
				(i < COLD_EDITS ? coldEdits : edit).add(ms(System.nanoTime() - e0));
			}
			TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
			Position row = position(current, "上年结转");
			Position prose = position(current, "| ");
			for (int i = 0; i < 10; i++) {
				long h0 = System.nanoTime();
				server.getTextDocumentService().hover(new HoverParams(document, row)).get(60, TimeUnit.SECONDS);
				hover.add(ms(System.nanoTime() - h0));
				long c0 = System.nanoTime();
				server.getTextDocumentService()
						.completion(new CompletionParams(document, new Position(prose.getLine(), 0)))
						.get(60, TimeUnit.SECONDS);
				completion.add(ms(System.nanoTime() - c0));
				long f0 = System.nanoTime();
				server.getTextDocumentService()
						.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true)))
						.get(60, TimeUnit.SECONDS);
				formatting.add(ms(System.nanoTime() - f0));
			}
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
			process.waitFor(30, TimeUnit.SECONDS);
			process.destroyForcibly();
			deleteQuietly(workspace);
		}
		System.out.println();
		System.out.println("## " + title);
		System.out.println(
				String.format(Locale.ROOT, "- 进程启动 → initialize 返回：中位数 %.0f ms，95 分位 %.0f ms（%d 次）", median(initialize),
						p95(initialize), initialize.size()));
		System.out.println(
				String.format(Locale.ROOT, "- 进程启动 → 首批诊断：中位数 %.0f ms，95 分位 %.0f ms（%d 次）", median(first), p95(first),
						first.size()));
		System.out.println(
				String.format(Locale.ROOT, "- 同一 JVM 的 java -version：中位数 %.0f ms；首批诊断是它的 %.1f 倍", median(jvmStart),
						median(first) / median(jvmStart)));
		print("编辑 → 诊断，每次启动后的前 " + COLD_EDITS + " 次", coldEdits);
		print("编辑 → 诊断，其后", edit);
		print("悬停（hover）", hover);
		print("补全（completion）", completion);
		print("格式化整个文件（formatting）", formatting);
	}

	private static void print(String what, List<Double> values) {
		if (!values.isEmpty()) {
			System.out.println(String.format(Locale.ROOT, "- %s：中位数 %.1f ms，95 分位 %.1f ms（%d 次）", what, median(values),
					p95(values), values.size()));
		}
	}

	private static Position position(String text, String lineStart) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(lineStart)) {
				return new Position(i, 1);
			}
		}
		return new Position(0, 0);
	}

	static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	static double median(List<Double> values) {
		return percentile(values, 0.5);
	}

	private static double p95(List<Double> values) {
		return percentile(values, 0.95);
	}

	/** Nearest-rank percentile. */
	private static double percentile(List<Double> values, double p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	/** {@code java -version} with the server's JVM options: the JVM's own start, the yardstick of the start-up ratio. */
	static double javaVersion(List<String> jvm) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile")).toList());
		command.add("-version");
		long t0 = System.nanoTime();
		new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
				.waitFor();
		return ms(System.nanoTime() - t0);
	}

	/** The server jar in a JVM of its own, as an editor starts it. */
	static Process startServer(Path jar, List<String> jvm) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm);
		command.addAll(List.of("-jar", jar.toString(), "server"));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
	}

	/** The server over the process's stdin/stdout, with {@code client} receiving what it publishes. */
	static LanguageServer connect(Process process, LspTestClient client) {
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		var unused = launcher.startListening(); // ends with the process
		return launcher.getRemoteProxy();
	}

	static InitializeParams initializeParams(Path workspace) {
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		return params;
	}

	static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind
		}
	}
}
