package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark corpus to a folder, to time the command line by hand:
 * {@code CorpusFolder N DIR [SEED_REPORT [ERROR_EVERY]]} writes DIR/r0000.nianbao … (run from the repository root).
 */
public final class CorpusFolder {

	private CorpusFolder() {
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.parseInt(args[0]);
		Path folder = Files.createDirectories(Path.of(args[1]));
		ReportCorpus corpus = new ReportCorpus(Path.of(args.length > 2 ? args[2] : "examples/anhe-scjg-2024.nianbao"),
				args.length > 3 ? Integer.parseInt(args[3]) : 10);
		for (int i = 0; i < count; i++) {
			Files.writeString(folder.resolve(String.format("r%04d.nianbao", i)), corpus.report(i, 1));
		}
	}
}
