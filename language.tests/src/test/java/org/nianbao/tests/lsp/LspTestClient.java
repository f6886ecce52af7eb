package org.nianbao.tests.lsp;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor's side of the protocol for a server in another process: it keeps the diagnostics the server publishes
 * and waits for them. Shared by the process tests (language.tests) and the server benchmarks (benchmarks/, through
 * this module's test jar).
 */
public final class LspTestClient implements LanguageClient {

	private final LinkedBlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

	/** Forgets what was published so far. */
	public void drain() {
		published.clear();
	}

	/** The first diagnostics published for {@code uri} that satisfy {@code condition}, within {@code seconds}. */
	public List<Diagnostic> await(String uri, Predicate<List<Diagnostic>> condition, long seconds)
			throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			PublishDiagnosticsParams params = published.poll(1, TimeUnit.SECONDS);
			if (params != null && samePath(params.getUri(), uri) && condition.test(params.getDiagnostics())) {
				return params.getDiagnostics();
			}
		}
		throw new AssertionError("没有收到诊断：" + uri);
	}

	/** The document of the next diagnostics published, whichever it is, within {@code seconds}. */
	public String nextUri(long seconds) throws InterruptedException {
		PublishDiagnosticsParams params = published.poll(seconds, TimeUnit.SECONDS);
		if (params == null) {
			throw new AssertionError("没有收到诊断");
		}
		return params.getUri();
	}

	/** Waits for the next diagnostics of {@code uri}, whatever they are. */
	public void next(String uri, long seconds) throws InterruptedException {
		await(uri, d -> true, seconds);
	}

	/** Waits until diagnostics have been published for every one of these documents. */
	public void awaitAll(List<String> uris, long seconds) throws InterruptedException {
		Set<String> waiting = new HashSet<>();
		uris.forEach(u -> waiting.add(URI.create(u).getPath()));
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (!waiting.isEmpty()) {
			PublishDiagnosticsParams params = published.poll(Math.max(0, end - System.nanoTime()),
					TimeUnit.NANOSECONDS);
			if (params == null) {
				throw new AssertionError("没有收到诊断：" + waiting.size() + " 个文件");
			}
			waiting.remove(URI.create(params.getUri()).getPath());
		}
	}

	/** The server writes file URIs unescaped ("安和"), clients send them escaped ("%E5%AE%89"). */
	public static boolean samePath(String a, String b) {
		return URI.create(a).getPath().equals(URI.create(b).getPath());
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
