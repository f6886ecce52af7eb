package org.nianbao.tests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.TestFiles;

/**
 * The {@code Architecture invariant:} lines of docs/ARCHITECTURE.md, checked on the main sources of language and
 * language.ide: which package may use which, where sums are done, where issue codes live. A source "uses" a
 * package when it names one of its types, by import or written out in full.
 */
class ArchitectureTest {

	private static final Pattern USE = Pattern.compile("\\borg\\.nianbao\\.((?:[a-z]\\w*\\.)*?[a-z]\\w*)\\.[A-Z]");
	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
	private static final List<Source> MAIN = load(TestFiles.root().resolve("language/src/main/java"),
			TestFiles.root().resolve("language.ide/src/main/java"));

	/** One main source file: its package, its code without comments, and the Nianbao packages it uses. */
	record Source(Path file, String packageName, String simpleName, String code, Set<String> uses) {

		boolean in(String... packages) {
			for (String p : packages) {
				String full = "org.nianbao." + p;
				if (packageName.equals(full) || packageName.startsWith(full + ".")) {
					return true;
				}
			}
			return false;
		}

		boolean uses(String... packages) {
			return !usedOf(packages).isEmpty();
		}

		Set<String> usedOf(String... packages) {
			Set<String> found = new TreeSet<>();
			for (String used : uses) {
				for (String p : packages) {
					if (used.equals("org.nianbao." + p) || used.startsWith("org.nianbao." + p + ".")) {
						found.add(used);
					}
				}
			}
			return found;
		}

		@Override
		public String toString() {
			return packageName + "." + simpleName;
		}
	}

	@Test
	void theSourcesAreFound() {
		assertTrue(MAIN.stream().anyMatch(s -> s.in("eval")),
				"no sources of org.nianbao.eval under " + TestFiles.root());
		assertTrue(MAIN.stream().anyMatch(s -> s.in("ide")), "no sources of org.nianbao.ide under " + TestFiles.root());
	}

	/** Architecture invariant: sums (and any arithmetic on figures) are computed only in eval/. */
	@Test
	void figuresAreComputedOnlyInEval() {
		// a sum starts at ZERO or folds with ::add; a chart's scale (max, doubleValue) is no computation of figures
		Pattern arithmetic = Pattern.compile("BigDecimal::(add|subtract|multiply)|BigDecimal\\.ZERO"
				+ "|new BigDecimal\\(|\\.(subtract|multiply|divide|negate)\\(");
		assertNone(MAIN.stream().filter(s -> !s.in("eval")), s -> {
			Matcher m = arithmetic.matcher(s.code());
			return m.find() ? "computes with figures (" + m.group() + ")" : null;
		});
	}

	/** Architecture invariant: the writers (docx/, html/) and the layout never use validation/, cli/ or the server. */
	@Test
	void writersDoNotUseValidation() {
		assertNone(MAIN.stream().filter(s -> s.in("docx", "html", "layout")),
				s -> usesAny(s, "validation", "cli", "ide"));
	}

	/**
	 * Architecture invariant: export/ decides and writes, the writers only render: export/ uses no writer (callers
	 * hand it one as a ReportWriter), and every file is written through export/AtomicFileWriter, never directly.
	 */
	@Test
	void documentsAreWrittenOnlyThroughTheExport() {
		assertNone(MAIN.stream().filter(s -> s.in("export")),
				s -> usesAny(s, "docx", "html", "layout", "validation", "workspace", "cli", "ide"));
		Pattern writesFiles = Pattern.compile("Files\\.(write|writeString|newOutputStream|newBufferedWriter)\\("
				+ "|new FileOutputStream\\((?!FileDescriptor)|new FileWriter\\(");
		assertNone(MAIN.stream().filter(s -> !s.in("export")), s -> {
			Matcher m = writesFiles.matcher(s.code());
			return m.find() ? "writes a file itself (" + m.group() + ")" : null;
		});
	}

	/** Architecture invariant: the importer judges nothing: it uses no evaluator, validation, writer, CLI or server. */
	@Test
	void theImporterJudgesNothing() {
		assertNone(MAIN.stream().filter(s -> s.in("importer")),
				s -> usesAny(s, "eval", "validation", "docx", "html", "layout", "cli", "ide"));
	}

	/** Architecture invariant: the language server (language.ide) never uses the command line (cli/). */
	@Test
	void theServerDoesNotUseTheCommandLine() {
		// NianbaoMain is the jar's entry point, which hands every verb but "server" to the command line.
		assertNone(MAIN.stream().filter(s -> s.in("ide") && !s.simpleName().equals("NianbaoMain")),
				s -> usesAny(s, "cli"));
	}

	/** Architecture invariant: the core (form/, eval/, related/) knows none of its consumers. */
	@Test
	void theCoreKnowsNoneOfItsConsumers() {
		assertNone(MAIN.stream().filter(s -> s.in("form", "eval", "related")),
				s -> usesAny(s, "validation", "docx", "html", "layout", "export", "workspace", "cli", "ide"));
	}

	/** Architecture invariant: every issue code is a constant in issues/IssueCodes, and only there (tests included). */
	@Test
	void issueCodesAreWrittenOnlyInIssueCodes() throws IllegalAccessException {
		Set<String> codes = new TreeSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes.add((String) field.get(null));
			}
		}
		assertTrue(codes.contains(IssueCodes.TOTAL_MISMATCH));
		List<Source> sources = new ArrayList<>(MAIN);
		sources.addAll(load(TestFiles.root().resolve("language.tests/src/test/java")));
		assertNone(sources.stream().filter(s -> !(s.in("issues") && s.simpleName().equals("IssueCodes"))), s -> {
			Matcher m = STRING.matcher(s.code());
			Set<String> copies = new TreeSet<>();
			while (m.find()) {
				if (codes.contains(m.group(1))) {
					copies.add(m.group(1));
				}
			}
			return copies.isEmpty() ? null : "writes the issue code(s) " + copies + " itself";
		});
	}

	/** Test packages that name no main package: shared fixtures, the fuzzer, the checks of docs and of this map. */
	private static final Set<String> TEST_ONLY_PACKAGES = Set.of("support", "fuzz", "docs", "architecture", "lsp");

	/**
	 * Test packages mirror the main packages: every test sits in org.nianbao.tests.X where org.nianbao.X is a main
	 * package of language or language.ide (or X is one of {@link #TEST_ONLY_PACKAGES}), none in org.nianbao.tests itself.
	 */
	@Test
	void testPackagesMirrorTheMainPackages() {
		Path tests = TestFiles.root().resolve("language.tests/src/test/java/org/nianbao/tests");
		Set<String> mainPackages = new TreeSet<>();
		MAIN.forEach(s -> mainPackages.add(s.packageName()));
		List<String> stray = new ArrayList<>();
		try (Stream<Path> files = Files.walk(tests)) {
			files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> {
				Path folder = tests.relativize(f.getParent());
				String name = folder.toString().replace(f.getFileSystem().getSeparator(), ".");
				if (name.isEmpty()) {
					stray.add(f.getFileName() + " is in org.nianbao.tests itself");
				} else if (!TEST_ONLY_PACKAGES.contains(folder.getName(0).toString())
						&& !mainPackages.contains("org.nianbao." + name)) {
					stray.add(f.getFileName() + " is in org.nianbao.tests." + name + ", but there is no org.nianbao."
							+ name);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertTrue(mainPackages.contains("org.nianbao.eval"), "no main packages found");
		assertEquals(List.of(), stray, "see docs/DEVELOPMENT.md (where tests live):\n" + String.join("\n", stray));
	}

	private static String usesAny(Source source, String... packages) {
		Set<String> used = source.usedOf(packages);
		return used.isEmpty() ? null : "uses " + used;
	}

	/** Fails with one line per source that {@code violation} finds something to say about. */
	private static void assertNone(Stream<Source> sources, java.util.function.Function<Source, String> violation) {
		List<String> found = new ArrayList<>();
		sources.forEach(s -> {
			String v = violation.apply(s);
			if (v != null) {
				found.add(s + " " + v);
			}
		});
		assertEquals(List.of(), found, "see docs/ARCHITECTURE.md:\n" + String.join("\n", found));
	}

	private static List<Source> load(Path... roots) {
		List<Source> sources = new ArrayList<>();
		for (Path root : roots) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> sources.add(source(root, f)));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return sources;
	}

	private static Source source(Path root, Path file) {
		String code = withoutComments(TestFiles.read(file));
		String relative = root.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(),
				".");
		String name = file.getFileName().toString().replaceFirst("\\.java$", "");
		Set<String> uses = new TreeSet<>();
		Matcher m = USE.matcher(code);
		while (m.find()) {
			uses.add("org.nianbao." + m.group(1));
		}
		uses.remove(relative);
		return new Source(file, relative, name, code, uses);
	}

	private static String withoutComments(String text) {
		return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "")
				.replaceAll("(?m)\\s//[^\"\\n]*$", "");
	}
}
