package org.nianbao.ide.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Measures the language server as an editor sees it: process start until the first diagnostics of an opened report,
 * and an edit until its diagnostics, for a report and for one twenty times longer (its prose repeated).
 *
 * <pre>
 * java -cp language.ide/target/nianbao.jar org.nianbao.ide.bench.ServerBenchmark \
 *     language.ide/target/nianbao.jar examples/anhe-scjg-2024.nianbao [starts] [edits] [-- JVM options of the server]
 * </pre>
 */
public final class ServerBenchmark {

	private ServerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("用法：ServerBenchmark <nianbao.jar> <报告.nianbao> [启动次数] [每次编辑次数] [-- 服务器 JVM 参数…]");
			System.exit(2);
		}
		Path jar = Path.of(args[0]).toAbsolutePath();
		String report = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
		int starts = args.length > 2 && !args[2].equals("--") ? Integer.parseInt(args[2]) : 10;
		int edits = args.length > 3 && !args[3].equals("--") ? Integer.parseInt(args[3]) : 20;
		List<String> jvm = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--")) {
				jvm.addAll(List.of(args).subList(i + 1, args.length));
				break;
			}
		}
		System.out.println("JVM 参数：" + (jvm.isEmpty() ? "（无）" : String.join(" ", jvm)));
		measure("典型报告（" + report.lines().count() + " 行，" + report.length() + " 字符）", jar, jvm, report, starts, edits);
		String longer = longer(report, 20);
		measure("20 倍长（" + longer.lines().count() + " 行，" + longer.length() + " 字符）", jar, jvm, longer, starts, edits);
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
		List<Double> edit = new ArrayList<>();
		for (int run = 0; run < starts; run++) {
			Path workspace = Files.createTempDirectory("nianbao-bench");
			Path file = workspace.resolve("report.nianbao");
			Files.writeString(file, text, StandardCharsets.UTF_8);
			String uri = file.toUri().toString();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvm);
			command.addAll(List.of("-jar", jar.toString(), "server"));
			long t0 = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams params = new InitializeParams();
			params.setRootUri(workspace.toUri().toString());
			params.setCapabilities(new ClientCapabilities());
			server.initialize(params).get(120, TimeUnit.SECONDS);
			initialize.add(ms(System.nanoTime() - t0));
			server.initialized(new InitializedParams());
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", 1, text)));
			client.next(uri);
			first.add(ms(System.nanoTime() - t0));
			String current = text;
			for (int i = 0; i < edits; i++) {
				// a figure typed wrong, then right again: every edit changes the diagnostics
				current = i % 2 == 0 ? current.replaceFirst("(上年结转 +)2 ", "$13 ") : current.replaceFirst("(上年结转 +)3 ", "$12 ");
				client.drain();
				long e0 = System.nanoTime();
				server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(uri, i + 2), List.of(new TextDocumentContentChangeEvent(current))));
				client.next(uri);
				edit.add(ms(System.nanoTime() - e0));
			}
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
			process.waitFor(30, TimeUnit.SECONDS);
			process.destroyForcibly();
			deleteQuietly(workspace);
		}
		System.out.println();
		System.out.println("## " + title);
		System.out.println(String.format(Locale.ROOT, "- 进程启动 → initialize 返回：中位数 %.0f ms，95 分位 %.0f ms（%d 次）", median(initialize),
				p95(initialize), initialize.size()));
		System.out.println(String.format(Locale.ROOT, "- 进程启动 → 首批诊断：中位数 %.0f ms，95 分位 %.0f ms（%d 次）", median(first), p95(first),
				first.size()));
		System.out.println(String.format(Locale.ROOT, "- 编辑 → 诊断：中位数 %.1f ms，95 分位 %.1f ms（%d 次）", median(edit), p95(edit),
				edit.size()));
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static double median(List<Double> values) {
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

	private static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind
		}
	}

	private static final class Client implements LanguageClient {
		private final LinkedBlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

		void drain() {
			published.clear();
		}

		void next(String uri) throws InterruptedException {
			while (true) {
				PublishDiagnosticsParams params = published.poll(120, TimeUnit.SECONDS);
				if (params == null) {
					throw new IllegalStateException("没有收到诊断：" + uri);
				}
				if (URI.create(params.getUri()).getPath().equals(URI.create(uri).getPath())) {
					return;
				}
			}
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
