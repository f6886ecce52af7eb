package org.nianbao.tests.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.Validation;

/**
 * Every warning the examples raise (the transcribed seed reports, the county, and examples/errors/, one file per
 * mistake found in real reports) can be explained where it is reported: with {@code // 已核实 CODE：REASON} written
 * above each warning's line, as the editor's quick fix writes it, no warning is left, each is explained, and the
 * errors stay as they were.
 */
class EveryWarningExplainableTest {

	private static List<Path> reports() throws IOException {
		try (Stream<Path> files = Files.walk(TestFiles.examples())) {
			return files.filter(p -> p.toString().endsWith(".nianbao")).sorted().toList();
		}
	}

	private static List<String> codes(List<Issue> issues, Severity severity) {
		return issues.stream().filter(i -> i.getSeverity() == severity).map(Issue::getCode).sorted().toList();
	}

	@Test
	void everyWarningOfTheExamplesIsExplainedByAnExplanationAboveItsLine() throws IOException {
		TreeSet<String> explainedCodes = new TreeSet<>();
		int files = 0;
		for (Path file : reports()) {
			String text = Files.readString(file);
			List<Issue> issues = Validation.issues(text);
			// the lines with warnings, each with its codes (one explanation covers every warning of its code on the line)
			Map<Integer, TreeSet<String>> byLine = new TreeMap<>();
			issues.stream().filter(i -> i.getSeverity() == Severity.WARNING)
					.forEach(i -> byLine.computeIfAbsent(i.getLineNumber(), l -> new TreeSet<>()).add(i.getCode()));
			if (byLine.isEmpty()) {
				continue;
			}
			files++;
			List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
			for (int line : new TreeSet<>(byLine.keySet()).descendingSet()) {
				for (String code : byLine.get(line)) {
					lines.add(line - 1, "// 已核实 " + code + "：已核实原件");
				}
			}
			List<Issue> explained = Validation.issues(String.join("\n", lines));
			String name = TestFiles.examples().relativize(file).toString();
			assertEquals(List.of(), codes(explained, Severity.WARNING), name + ": " + Validation.describe(explained));
			assertEquals(codes(issues, Severity.ERROR), codes(explained, Severity.ERROR), name + ": the errors stay");
			assertEquals(codes(issues, Severity.WARNING), codes(explained, Severity.INFO),
					name + ": each warning explained");
			explainedCodes.addAll(codes(explained, Severity.INFO));
		}
		assertTrue(files >= 5, "examples with warnings: " + files);
		assertTrue(explainedCodes.size() >= 6, "kinds of warning explained: " + explainedCodes);
	}
}
