package org.nianbao.importer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.nianbao.export.WriteFailure;

/**
 * The one import policy, for the command line and the server alike: what a folder holds, where each report goes,
 * never over an existing file unless asked, never two inputs into one file, and what became of each input
 * ({@link Outcome}). The callers only put the outcome into words and an exit code.
 */
public final class ImportPolicy {

	/** Why an input was not imported. */
	public enum Refusal {
		/** not a type import reads, or its content could not be read: {@code message} says why */
		UNREADABLE,
		/** the target exists and overwriting was not asked for: {@code target} (or an image of it) is there */
		EXISTS,
		/** another input of the same run writes the same file: {@code earlier} */
		TAKEN,
		/** the target is outside its folder, or could not be written: {@code message} says why */
		NOT_WRITTEN
	}

	/** What became of one input. */
	public sealed interface Outcome {
		Path input();

		/** Whether this input makes the run fail (exit 1): not imported, or imported with a lost table or part. */
		boolean failed();
	}

	/** Written to {@code target}; {@code result.errors()} lists what the import lost (the file is written anyway). */
	public record Imported(Path input, Path target, Importer.Result result) implements Outcome {
		@Override
		public boolean failed() {
			return !result.errors().isEmpty();
		}
	}

	/**
	 * Not imported: {@code message} is one line in Chinese ({@code 已存在}, the reader's reason…); {@code target} the
	 * file in the way (for EXISTS), {@code earlier} the other input (for TAKEN).
	 */
	public record NotImported(Path input, Refusal refusal, String message, Path target,
			Path earlier) implements Outcome {
		@Override
		public boolean failed() {
			return true;
		}
	}

	/** Files a saved page brings along (its images, styles, scripts): no reports, passed over in a folder. */
	private static final Set<String> PAGE_PARTS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "webp", "svg", "ico",
			"css",
			"js", "json", "xml", "thmx", "mso");

	private final Importer importer;
	private final Path folder;
	private final boolean overwrite;
	private final Map<Path, Path> claimed = new HashMap<>();

	/** {@code folder}: where reports go, or null for beside each input. */
	public ImportPolicy(Importer importer, Path folder, boolean overwrite) {
		this.importer = importer;
		this.folder = folder;
		this.overwrite = overwrite;
	}

	/**
	 * The inputs a folder holds, searched recursively, sorted: every file but reports already in the language
	 * ({@code .nianbao}), hidden files and what a saved page brings along, so that each document that is not
	 * imported is named and not passed over.
	 */
	public static List<Path> inputsIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> Files.isRegularFile(f) && candidate(f)).sorted().toList();
		}
	}

	private static boolean candidate(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.startsWith(".") || name.startsWith("~$") || name.endsWith(".nianbao") || name.endsWith(".tmp")) {
			return false;
		}
		int dot = name.lastIndexOf('.');
		return Importer.canRead(file) || dot < 0 || !PAGE_PARTS.contains(name.substring(dot + 1));
	}

	/** Imports one input under this policy; never throws for what an input holds. */
	public Outcome importOne(Path input) {
		String refusal = Importer.refusal(input);
		if (refusal != null) {
			return new NotImported(input, Refusal.UNREADABLE, refusal, null, null);
		}
		Path target;
		try {
			target = Importer.targetFor(input, folder);
		} catch (IllegalArgumentException e) {
			return new NotImported(input, Refusal.NOT_WRITTEN, e.getMessage(), null, null);
		}
		Path earlier = claimed.putIfAbsent(target, input);
		if (earlier != null) {
			return new NotImported(input, Refusal.TAKEN, "与另一份报告会写到同一个文件，未导入", target, earlier);
		}
		if (Files.exists(target) && !overwrite) {
			return new NotImported(input, Refusal.EXISTS, target.getFileName() + " 已存在", target, null);
		}
		try {
			return new Imported(input, target, importer.importInto(input, target, overwrite));
		} catch (UnreadableInput e) {
			return new NotImported(input, Refusal.UNREADABLE, e.getMessage(), null, null);
		} catch (FileAlreadyExistsException e) {
			// an image of an earlier import beside it: overwritten only when asked, like the report
			Path image = Path.of(e.getFile());
			return new NotImported(input, Refusal.EXISTS, image.getFileName() + " 已存在", image, null);
		} catch (IOException e) {
			return new NotImported(input, Refusal.NOT_WRITTEN, "无法写入 " + target.getFileName() + "："
					+ WriteFailure.explain(e) + "，原有文件未改动", target, null);
		} catch (RuntimeException | StackOverflowError e) {
			return new NotImported(input, Refusal.UNREADABLE, "导入时出错（" + e.getClass().getSimpleName() + "），未导入", null,
					null);
		}
	}

	/** Every input's outcome, in order. */
	public List<Outcome> importAll(List<Path> inputs) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Path input : inputs) {
			outcomes.add(importOne(input));
		}
		return outcomes;
	}
}
