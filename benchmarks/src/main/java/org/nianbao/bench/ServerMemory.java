package org.nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.LanguageServer;
import org.nianbao.tests.lsp.LspTestClient;

/**
 * The server's memory with many reports in the workspace and open in the editor: the heap in use after a full
 * collection ({@code jcmd GC.run}, then {@code GC.heap_info}), the class metadata, and the process's resident size.
 */
final class ServerMemory {

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private ServerMemory() {
	}

	static void measure(Path jar, String report, int count, List<String> jvm) throws Exception {
		Path workspace = Files.createTempDirectory("nianbao-memory");
		List<String> uris = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String text = report.replaceFirst("(?m)^report \\S+", "report 报告" + i)
					.replaceFirst("organ \"([^\"]*)\"", "organ \"$1（第" + i + "号）\"");
			Path file = workspace.resolve(String.format("r%03d.nianbao", i));
			Files.writeString(file, text, StandardCharsets.UTF_8);
			uris.add(file.toUri().toString());
			texts.add(text);
		}
		Process process = ServerBenchmark.startServer(jar, jvm);
		try {
			LspTestClient client = new LspTestClient();
			LanguageServer server = ServerBenchmark.connect(process, client);
			long t0 = System.nanoTime();
			server.initialize(ServerBenchmark.initializeParams(workspace)).get(300, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			client.awaitAll(uris, 900); // the first build of the workspace checks every report
			double built = ServerBenchmark.ms(System.nanoTime() - t0);
			String closed = snapshot(process.pid());
			client.drain();
			long o0 = System.nanoTime();
			for (int i = 0; i < count; i++) {
				server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
						new TextDocumentItem(uris.get(i), "nianbao", 1, texts.get(i))));
			}
			client.awaitAll(uris, 900); // each opened report is built and checked again
			double opened = ServerBenchmark.ms(System.nanoTime() - o0);
			String open = snapshot(process.pid());
			System.out.printf("%d 份报告（每份 %d 行）在工作区中：启动 → 全部诊断 %.0f ms；再全部打开（didOpen）→ 全部诊断 %.0f ms%n", count,
					report.lines().count(), built, opened);
			System.out.println("- 未打开：" + closed);
			System.out.println("- 全部打开：" + open);
			server.shutdown().get(60, TimeUnit.SECONDS);
			server.exit();
			process.waitFor(60, TimeUnit.SECONDS);
		} finally {
			process.destroyForcibly();
			ServerBenchmark.deleteQuietly(workspace);
		}
	}

	/** The heap in use after a full collection, the class metadata, and the resident size of the process. */
	private static String snapshot(long pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		String heap = jcmd(pid, "GC.heap_info");
		long heapUsed = 0;
		long metaspace = 0;
		for (String line : heap.split("\n")) {
			Matcher used = USED.matcher(line);
			if (used.find()) {
				long kb = Long.parseLong(used.group(1));
				if (line.strip().startsWith("Metaspace")) {
					metaspace = kb;
				} else if (!line.strip().startsWith("class space")) {
					heapUsed += kb;
				}
			}
		}
		String rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
				.findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
		return String.format(Locale.ROOT, "完全回收后堆占用 %.1f MB，类元数据 %.1f MB，进程常驻内存 %s", heapUsed / 1024.0,
				metaspace / 1024.0, rss.substring(rss.indexOf(':') + 1).strip());
	}

	private static String jcmd(long pid, String what) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process process = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", String.valueOf(pid),
				what)
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return output;
	}
}
