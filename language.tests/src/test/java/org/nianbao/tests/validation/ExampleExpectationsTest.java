package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.workspace.ReportProblem;
import org.nianbao.workspace.Workspace;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.TestInjector;

/**
 * Every example gives exactly the diagnostics it declares with "// expect:" comments: the seeds only
 * their real defects, the non-zero report none, each file of examples/errors its one mistake.
 */
class ExampleExpectationsTest {

	private static final Workspace WORKSPACE = loadAll();

	private static Workspace loadAll() {
		Workspace workspace = TestInjector.get(Workspace.class);
		workspace.load(TestFiles.nianbaoFiles(TestFiles.examples()));
		return workspace;
	}

	static Stream<Path> examples() {
		return TestFiles.nianbaoFiles(TestFiles.examples()).stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void diagnosticsAreExactlyTheExpectedOnes(Path file) {
		List<Expectation> expected = Expectation.in(TestFiles.read(file));
		List<ReportProblem> actual = WORKSPACE.validate(file);
		List<String> failures = new ArrayList<>();
		for (ReportProblem problem : actual) {
			if (expected.stream()
					.noneMatch(e -> e.matches(problem.line(), problem.severity(), problem.code(), problem.message()))) {
				failures.add("unexpected: " + problem.toText(TestFiles.root()));
			}
		}
		for (Expectation expectation : expected) {
			if (actual.stream().noneMatch(p -> expectation.matches(p.line(), p.severity(), p.code(), p.message()))) {
				failures.add("missing: " + expectation + " — got "
						+ actual.stream().map(p -> p.line() + ":" + p.code() + " " + p.message()).toList());
			}
		}
		if (!failures.isEmpty()) {
			fail(String.join("\n", failures));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyErrorExampleSaysWhatItShows(Path file) {
		if (!file.getParent().getFileName().toString().equals("errors")) {
			return;
		}
		String text = TestFiles.read(file);
		assertTrue(text.startsWith("//"), "an errors example starts with a comment saying what it shows");
		assertFalse(Expectation.in(text).isEmpty(), "an errors example declares its diagnostic");
	}
}
