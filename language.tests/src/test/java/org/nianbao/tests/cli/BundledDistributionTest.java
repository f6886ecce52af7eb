package org.nianbao.tests.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.tests.cli.Downloads.Result;
import org.nianbao.tests.support.ProcessJava;
import org.nianbao.tests.support.TestFiles;

/**
 * The linux-x64 download with its own Java ({@code dist/nianbao-VERSION-linux-x64.tar.gz}, mvn -P bundled-java
 * package) on a system with no Java at all: unpacked away from the checkout into a folder its user cannot write
 * (an install under /opt), run from a work folder with JAVA_HOME and JDK_HOME unset and a PATH holding the
 * system's programs but no {@code java}. new, validate, generate and import answer; the start-up cache goes to the
 * user's cache folder and is one the bundled runtime maps; without its jre/ the launcher says in one line that it
 * found no Java. Skipped when that download was not built; under -P bundled-java (as in CI) it must be there and
 * hold the jar just built.
 */
class BundledDistributionTest {

	private static final String PLATFORM = "linux-x64";

	/** Root may write into any folder: the launcher then runs as nobody, for whom the install is read-only. */
	private static final List<String> AS_USER = isRoot()
			? List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--")
			: List.of();

	@TempDir
	Path temp;

	@Test
	void runsWithNoJavaOnTheSystem() throws Exception {
		Path tarball = builtDownload();
		Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path install = Downloads.unpack(tarball, Files.createDirectory(temp.resolve("opt")));
		Assertions.assertFalse(install.toAbsolutePath().startsWith(TestFiles.root()), install::toString);
		Assertions.assertTrue(Files.isExecutable(install.resolve("jre/bin/java")), "jre/bin/java in " + tarball);
		Set<String> files = Downloads.entries(install);
		Set<String> withoutRuntime = new TreeSet<>(files);
		withoutRuntime.removeIf(name -> name.startsWith("jre/"));
		Assertions.assertEquals(Downloads.zipEntries(Downloads.plain("zip")), withoutRuntime,
				"the plain download and jre/");
		Optional<Path> zip = Downloads.withRuntime(PLATFORM, "zip");
		if (zip.isPresent()) {
			Assertions.assertEquals(files, Downloads.zipEntries(zip.get()),
					"the .zip and the .tar.gz hold the same files");
		}
		currentJar(tarball, install.resolve("nianbao.jar"));

		Path work = writableByUser(temp.resolve("work"));
		Path home = writableByUser(temp.resolve("home"));
		Path bin = systemPathWithoutJava(Files.createDirectory(temp.resolve("bin")));
		String launcher = install.resolve("nianbao").toString();
		String example = install.resolve("examples/anhe-scjg-2024.nianbao").toString();
		readOnly(install, true);
		try {
			Result java = run(work, bin, home,
					List.of("/bin/bash", "-c", "command -v java || echo $JAVA_HOME$JDK_HOME"));
			Assertions.assertEquals("", java.out().strip(), "no java on this test's PATH, no JAVA_HOME: " + java);

			Result created = run(work, bin, home, List.of(launcher, "new", "某县某镇人民政府", "2025", "-o", "某镇2025.nianbao"));
			Assertions.assertEquals(0, created.code(), created::toString);
			Assertions.assertTrue(Files.readString(work.resolve("某镇2025.nianbao")).contains("某县某镇人民政府"));

			Result validated = run(work, bin, home, List.of(launcher, "validate", example));
			Assertions.assertEquals(0, validated.code(), validated::toString);
			Assertions.assertTrue(validated.out().contains("0 个错误"), validated::toString);

			Result generated = run(work, bin, home, List.of(launcher, "generate", example, "-o", "out"));
			Assertions.assertEquals(0, generated.code(), generated::toString);
			Path docx = work.resolve("out/anhe-scjg-2024.docx");
			Assertions.assertTrue(Files.size(docx) > 10_000, generated::toString);

			Result imported = run(work, bin, home, List.of(launcher, "import", docx.toString(), "-o", "imported"));
			Assertions.assertEquals(0, imported.code(), imported::toString);
			Assertions.assertTrue(Files.readString(work.resolve("imported/anhe-scjg-2024.nianbao")).contains("予以公开"),
					imported::toString);

			for (Result result : List.of(created, validated, generated, imported)) {
				ProcessJava.assertNoWarnings(result.err());
			}
			Path archive = settledArchive(onlyFolder(home.resolve(".cache/nianbao")));
			Assertions.assertEquals(files, Downloads.entries(install), "nothing written into the install folder");
			// -Xshare:on refuses to start when the archive does not fit the bundled Java and the jar
			Result mapped = Downloads.run(work,
					List.of(install.resolve("jre/bin/java").toString(), "-XX:+UseSerialGC", "-Xshare:on",
							"-XX:SharedArchiveFile=" + archive, "-jar", install.resolve("nianbao.jar").toString(),
							"validate", example),
					env -> {
					});
			Assertions.assertEquals(0, mapped.code(), mapped::toString);
			ProcessJava.assertNoWarnings(mapped.err());
		} finally {
			readOnly(install, false);
		}

		Files.move(install.resolve("jre"), temp.resolve("jre"));
		Result none = run(work, bin, home, List.of(launcher, "validate", example));
		Assertions.assertEquals(2, none.code(), none::toString);
		Assertions.assertEquals("", none.out(), none::toString);
		Assertions.assertEquals(1, none.err().lines().count(), none::toString);
		Assertions.assertTrue(none.err().startsWith("nianbao：找不到 Java（需要 Java 17 或更新版本）"), none::toString);
	}

	private static Path builtDownload() throws IOException {
		Assumptions.assumeTrue(
				System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
				"the linux-x64 runtime runs on Linux x64 only");
		Optional<Path> tarball = Downloads.withRuntime(PLATFORM, "tar.gz");
		if (tarball.isEmpty()) {
			String reason = "dist/ has no nianbao-VERSION-" + PLATFORM
					+ ".tar.gz: mvn -B -P bundled-java package builds it";
			Assertions.assertFalse(required(), reason);
			Assumptions.abort(reason);
		}
		return tarball.get();
	}

	/** A download left from an earlier -P bundled-java build holds an older jar than the plain one just built. */
	private static void currentJar(Path tarball, Path jar) throws IOException {
		Path built = TestFiles.jar();
		if (!Files.exists(built) || Files.mismatch(built, jar) != -1) {
			String reason = tarball.getFileName() + " holds another nianbao.jar than " + built
					+ ": mvn -B -P bundled-java package rebuilds it";
			Assertions.assertFalse(required(), reason);
			Assumptions.abort(reason);
		}
	}

	/** Set by language.tests' bundled-java profile: that build made the download, so it must be tested. */
	private static boolean required() {
		return PLATFORM.equals(System.getProperty("nianbao.bundled.platform"));
	}

	private static Result run(Path work, Path bin, Path home, List<String> command) throws Exception {
		List<String> line = new ArrayList<>(AS_USER);
		line.addAll(command);
		return Downloads.run(work, line, env -> withoutJava(env, bin, home));
	}

	private static void withoutJava(Map<String, String> env, Path bin, Path home) {
		env.remove("JAVA_HOME");
		env.remove("JDK_HOME");
		env.remove("XDG_CACHE_HOME");
		env.put("PATH", bin.toString());
		env.put("HOME", home.toString());
	}

	/** A folder of links to every program in the system's bin folders but java (nor anything inside a JDK). */
	private static Path systemPathWithoutJava(Path bin) throws IOException {
		for (String folder : List.of("/usr/local/bin", "/usr/bin", "/bin")) {
			if (!Files.isDirectory(Path.of(folder))) {
				continue;
			}
			try (Stream<Path> programs = Files.list(Path.of(folder))) {
				for (Path program : programs.toList()) {
					Path link = bin.resolve(program.getFileName().toString());
					Path real = Files.exists(program) ? program.toRealPath() : program;
					boolean isJava = program.getFileName().toString().equals("java")
							|| real.getFileName().toString().equals("java")
							|| real.toString().contains("/jvm/");
					if (!isJava && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
						Files.createSymbolicLink(link, program);
					}
				}
			}
		}
		return bin;
	}

	private static Path writableByUser(Path folder) throws IOException {
		Files.createDirectory(folder);
		if (isRoot()) {
			UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService()
					.lookupPrincipalByName("nobody");
			Files.setOwner(folder, nobody);
		}
		return folder;
	}

	private static void readOnly(Path install, boolean readOnly) throws IOException {
		try (Stream<Path> folders = Files.walk(install)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				Files.setPosixFilePermissions(folder,
						PosixFilePermissions.fromString(readOnly ? "r-xr-xr-x" : "rwxr-xr-x"));
			}
		}
	}

	/** Each first run (until an archive is there) starts a background dump; the archive (named by the stat of java and the jar) once the last is done. */
	private static Path settledArchive(Path folder) throws IOException, InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		List<Path> files = List.of();
		while (System.nanoTime() < until) {
			try (Stream<Path> list = Files.list(folder)) {
				files = list.toList();
			}
			if (files.size() == 1 && files.get(0).getFileName().toString().matches("nianbao-[0-9.]+-[0-9.]+\\.jsa")) {
				return files.get(0);
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the launcher made no class-data archive in " + folder + ": " + files);
	}

	private static Path onlyFolder(Path parent) throws IOException {
		Assertions.assertTrue(Files.isDirectory(parent), () -> "the launcher made no start-up cache in " + parent);
		try (Stream<Path> folders = Files.list(parent)) {
			List<Path> found = folders.toList();
			Assertions.assertEquals(1, found.size(),
					() -> "one folder for the one install in " + parent + ": " + found);
			return found.get(0);
		}
	}

	private static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		} catch (IOException | UnsupportedOperationException e) {
			return false;
		}
	}
}
