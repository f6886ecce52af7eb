package org.nianbao.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the repository's files are, for tests that read the examples. */
public final class TestFiles {

	private TestFiles() {
	}

	public static Path root() {
		String root = System.getProperty("nianbao.root");
		Path path = root != null ? Path.of(root) : Path.of("..");
		return path.toAbsolutePath().normalize();
	}

	/** The server and command-line jar, built in language.ide's package phase, before this module's tests. */
	public static Path jar() {
		return root().resolve("language.ide/target/nianbao.jar");
	}

	public static Path examples() {
		return root().resolve("examples");
	}

	public static List<Path> nianbaoFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> f.toString().endsWith(".nianbao")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
