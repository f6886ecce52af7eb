package org.nianbao.tests.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assertions;
import org.nianbao.tests.support.TestFiles;

/** The command-line downloads language.ide's package phase writes in {@code dist/}, unpacked and run as a clerk does. */
final class Downloads {

	/** A download that brings its own Java: {@code nianbao-VERSION-linux-x64.tar.gz} (vsce's platform names). */
	private static final String PLATFORM = "-(linux|win32|darwin|alpine)-[a-z0-9]+";

	private Downloads() {
	}

	/** The one plain download (no runtime) of this extension in dist/. */
	static Path plain(String extension) throws IOException {
		List<Path> found = matching("nianbao-.+\\." + quoted(extension)).stream()
				.filter(f -> !f.getFileName().toString().matches("nianbao-.+" + PLATFORM + "\\." + quoted(extension)))
				.toList();
		Assertions.assertEquals(1, found.size(),
				() -> "one download in " + dist() + " (mvn package writes it): " + found);
		return found.get(0);
	}

	/** The download with its own Java for the platform, if built (mvn -P bundled-java package). */
	static Optional<Path> withRuntime(String platform, String extension) throws IOException {
		List<Path> found = matching("nianbao-.+-" + platform + "\\." + quoted(extension));
		Assertions.assertTrue(found.size() <= 1, () -> "one " + platform + " download in " + dist() + ": " + found);
		return found.stream().findFirst();
	}

	private static List<Path> matching(String pattern) throws IOException {
		if (!Files.isDirectory(dist())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dist())) {
			return files.filter(f -> f.getFileName().toString().matches(pattern)).sorted().toList();
		}
	}

	private static Path dist() {
		return TestFiles.root().resolve("dist");
	}

	private static String quoted(String extension) {
		return extension.replace(".", "\\.");
	}

	/** Unpacks a .tar.gz into the folder; returns the download's top folder there. */
	static Path unpack(Path tarball, Path into) throws IOException, InterruptedException {
		Result untar = run(into, List.of("tar", "xzf", tarball.toString()), env -> {
		});
		Assertions.assertEquals(0, untar.code(), untar::toString);
		try (Stream<Path> top = Files.list(into)) {
			return top.filter(Files::isDirectory).findFirst().orElseThrow();
		}
	}

	static Set<String> entries(Path home) throws IOException {
		try (Stream<Path> files = Files.walk(home)) {
			Set<String> names = new TreeSet<>();
			files.filter(Files::isRegularFile).forEach(f -> names.add(home.relativize(f).toString()));
			return names;
		}
	}

	static Set<String> zipEntries(Path zip) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Set<String> names = new TreeSet<>();
			file.stream().filter(e -> !e.isDirectory())
					.forEach(e -> names.add(e.getName().substring(e.getName().indexOf('/') + 1)));
			return names;
		}
	}

	static Result run(Path directory, List<String> command, Consumer<Map<String, String>> environment)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile());
		environment.accept(builder.environment());
		Path out = Files.createTempFile("nianbao-dist", ".out");
		Path err = Files.createTempFile("nianbao-dist", ".err");
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			Assertions.assertTrue(process.waitFor(120, TimeUnit.SECONDS), () -> "did not finish: " + command);
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	record Result(int code, String out, String err) {
		@Override
		public String toString() {
			return "exit " + code + "\n" + out + err;
		}
	}
}
