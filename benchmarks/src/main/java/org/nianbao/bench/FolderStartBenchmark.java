package org.nianbao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.LanguageServer;
import org.nianbao.tests.lsp.LspTestClient;

/**
 * A supervising office opens its county's folder in the editor and looks at one report: process start until that
 * report's first diagnostics, in a folder of N copies of a report (each under an organ and a file name of its own),
 * the one in the middle opened; and until every report's diagnostics are in.
 *
 * <pre>
 * java -cp $CP org.nianbao.bench.FolderStartBenchmark \
 *     language.ide/target/nianbao.jar examples/anhe-scjg-2024.nianbao [reports] [starts] [-- JVM options of the server]
 * </pre>
 */
public final class FolderStartBenchmark {

	private FolderStartBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("用法：FolderStartBenchmark <nianbao.jar> <报告.nianbao> [报告份数] [启动次数] [-- 服务器 JVM 参数…]");
			System.exit(2);
		}
		Path jar = Path.of(args[0]).toAbsolutePath();
		String report = ServerBenchmark.standalone(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
		int reports = args.length > 2 && !args[2].equals("--") ? Integer.parseInt(args[2]) : 300;
		int starts = args.length > 3 && !args[3].equals("--") ? Integer.parseInt(args[3]) : 5;
		List<String> jvm = ServerBenchmark.jvmOptions(args);
		System.out.println("JVM 参数：" + (jvm.isEmpty() ? "（无）" : String.join(" ", jvm)));
		List<Double> opened = new ArrayList<>();
		List<Double> all = new ArrayList<>();
		List<Double> jvmStart = new ArrayList<>();
		for (int run = 0; run < starts; run++) {
			jvmStart.add(ServerBenchmark.javaVersion(jvm));
			Path folder = Files.createTempDirectory("nianbao-folder");
			List<String> uris = new ArrayList<>();
			for (int i = 1; i <= reports; i++) {
				Path file = folder.resolve(String.format(Locale.ROOT, "乡镇%04d-2024.nianbao", i));
				Files.writeString(file, report.replace("安和县", "安和县" + i + "号"), StandardCharsets.UTF_8);
				uris.add(file.toUri().toString());
			}
			String uri = uris.get(reports / 2);
			String text = Files.readString(Path.of(java.net.URI.create(uri)), StandardCharsets.UTF_8);
			long t0 = System.nanoTime();
			Process process = ServerBenchmark.startServer(jar, jvm);
			try {
				LspTestClient client = new LspTestClient();
				LanguageServer server = ServerBenchmark.connect(process, client);
				server.initialize(ServerBenchmark.initializeParams(folder)).get(600, TimeUnit.SECONDS);
				server.initialized(new InitializedParams());
				server.getTextDocumentService()
						.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", 1, text)));
				List<String> others = new ArrayList<>(uris);
				others.remove(uri);
				boolean first = true;
				while (first || !others.isEmpty()) {
					String published = client.nextUri(600);
					if (first && LspTestClient.samePath(published, uri)) {
						opened.add(ServerBenchmark.ms(System.nanoTime() - t0));
						first = false;
					}
					others.removeIf(o -> LspTestClient.samePath(o, published));
				}
				all.add(ServerBenchmark.ms(System.nanoTime() - t0));
				server.shutdown().get(600, TimeUnit.SECONDS);
				server.exit();
				process.waitFor(30, TimeUnit.SECONDS);
			} finally {
				process.destroyForcibly();
				ServerBenchmark.deleteQuietly(folder);
			}
		}
		double jvmMedian = ServerBenchmark.median(jvmStart);
		System.out.println(String.format(Locale.ROOT, "## %d 份报告的文件夹，打开第 %d 份（%d 次启动）", reports, reports / 2 + 1,
				starts));
		System.out.println(String.format(Locale.ROOT, "- 进程启动 → 打开的报告的首批诊断：中位数 %.0f ms（java -version 的 %.1f 倍）",
				ServerBenchmark.median(opened), ServerBenchmark.median(opened) / jvmMedian));
		System.out.println(String.format(Locale.ROOT, "- 进程启动 → 全部报告都有诊断：中位数 %.0f ms", ServerBenchmark.median(all)));
		System.out.println(String.format(Locale.ROOT, "- 同一 JVM 的 java -version：中位数 %.0f ms", jvmMedian));
		System.exit(0); // lsp4j's idle reader threads would keep this JVM for another minute
	}
}
