package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.nianbao.workspace.SourceFiles;
import org.nianbao.workspace.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Runs a job on every target file, on several threads. A resource set is not thread-safe, so each thread parses
 * its share of the files into a {@link Workspace} of its own; one index of every file is then shared, so a name
 * (a form, last year's report, a member) resolves in any share and is loaded again where it is needed. Results
 * are handed on in the files' order, whatever order the threads finish in.
 */
public class BatchRunner {

	/** What is done to one target file; it must report problems in its result, not throw. */
	public interface Job<R> {
		R run(Workspace workspace, Path file);
	}

	@Inject
	private Provider<Workspace> workspaces;

	public <R> void run(SourceFiles files, int threads, Job<R> job, Consumer<R> inOrder, Progress progress) {
		List<Path> targets = List.copyOf(files.targets());
		List<Path> all = new ArrayList<>(targets);
		all.addAll(files.context());
		int workers = Math.max(1, Math.min(threads, targets.size()));
		if (workers == 1) {
			Workspace workspace = workspaces.get();
			workspace.load(all);
			for (int i = 0; i < targets.size(); i++) {
				progress.show(i, targets.size());
				inOrder.accept(job.run(workspace, targets.get(i)));
			}
			progress.clear();
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
			Thread thread = new Thread(task, "nianbao-batch");
			thread.setDaemon(true);
			return thread;
		});
		try {
			runParallel(pool, workers, targets, all, job, inOrder, progress);
		} finally {
			pool.shutdownNow();
			progress.clear();
		}
	}

	private <R> void runParallel(ExecutorService pool, int workers, List<Path> targets, List<Path> all, Job<R> job,
			Consumer<R> inOrder, Progress progress) {
		List<Workspace> shares = new ArrayList<>();
		List<List<Integer>> owned = new ArrayList<>();
		List<Future<List<IResourceDescription>>> loading = new ArrayList<>();
		AtomicInteger next = new AtomicInteger();
		for (int w = 0; w < workers; w++) {
			Workspace share = workspaces.get();
			List<Integer> mine = new ArrayList<>();
			shares.add(share);
			owned.add(mine);
			loading.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
					share.load(List.of(all.get(i)));
					if (i < targets.size()) {
						mine.add(i);
					}
				}
				return share.exportedDescriptions();
			}));
		}
		List<IResourceDescription> index = new ArrayList<>();
		for (Future<List<IResourceDescription>> share : loading) {
			index.addAll(await(share));
		}
		ResourceDescriptionsData data = new ResourceDescriptionsData(index);
		List<CompletableFuture<R>> results = new ArrayList<>();
		targets.forEach(t -> results.add(new CompletableFuture<>()));
		for (int w = 0; w < workers; w++) {
			Workspace share = shares.get(w);
			share.useIndex(data.copy());
			List<Integer> mine = owned.get(w);
			pool.execute(() -> {
				for (int i : mine) {
					try {
						results.get(i).complete(job.run(share, targets.get(i)));
					} catch (RuntimeException | Error e) {
						results.get(i).completeExceptionally(e);
					}
				}
			});
		}
		for (int i = 0; i < targets.size(); i++) {
			inOrder.accept(awaitShowing(results, i, progress));
		}
	}

	private static <R> R awaitShowing(List<CompletableFuture<R>> results, int index, Progress progress) {
		while (true) {
			progress.show((int) results.stream().filter(CompletableFuture::isDone).count(), results.size());
			try {
				return results.get(index).get(Progress.REFRESH_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// not done yet: redraw the progress and wait again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			} catch (ExecutionException e) {
				throw rethrow(e);
			}
		}
	}

	private static <T> T await(Future<T> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw rethrow(e);
		}
	}

	private static RuntimeException rethrow(ExecutionException e) {
		if (e.getCause() instanceof RuntimeException runtime) {
			return runtime;
		}
		if (e.getCause() instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(e.getCause());
	}
}
