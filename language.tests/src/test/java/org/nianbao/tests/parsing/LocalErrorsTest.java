package org.nianbao.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.Validation;

/**
 * One bad character stays local: a stray character typed anywhere in a table row or a prose line of a correct report
 * gives diagnostics on that line only (at most one follow-on elsewhere); the parts after it are not reported missing
 * and the rows after it are still read.
 */
class LocalErrorsTest {

	private static final List<String> STRAYS = List.of("—", "〇", "（", "，", "。", "a", "\t", "-", "/", "_", "=");
	private static final int LINES_PER_EXAMPLE = 6;

	static Stream<Path> examples() {
		return Stream.of("anhe-scjg-2024.nianbao", "boshan-yuanquan-2024.nianbao", "gaocheng-2024.nianbao",
				"xinyuan-2023.nianbao").map(TestFiles.examples()::resolve);
	}

	private record Said(int line, String code, String message) {
	}

	private static Set<Said> said(String text) {
		Set<Said> out = new HashSet<>();
		for (Issue issue : Validation.issues(text)) {
			out.add(new Said(issue.getLineNumber() == null ? 0 : issue.getLineNumber(), issue.getCode(),
					issue.getMessage()));
		}
		return out;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void strayCharactersGiveErrorsOnTheirLineOnly(Path example) {
		String text = TestFiles.read(example);
		String[] lines = text.split("\n", -1);
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			boolean prose = line.startsWith("| ");
			boolean row = !line.isBlank() && Character.isIdeographic(line.codePointAt(0)) && line.matches(".*\\s\\d.*");
			if (prose || row) {
				candidates.add(i);
			}
		}
		Random random = new Random(example.getFileName().toString().hashCode());
		Set<Said> baseline = said(text);
		List<String> failures = new ArrayList<>();
		for (int n = 0; n < LINES_PER_EXAMPLE && !candidates.isEmpty(); n++) {
			int index = candidates.remove(random.nextInt(candidates.size()));
			String line = lines[index];
			int[] positions = {0, line.indexOf(' ') < 0 ? 1 : line.indexOf(' '), line.length()};
			for (String stray : STRAYS) {
				for (int position : positions) {
					String changed = line.substring(0, position) + stray + line.substring(position);
					lines[index] = changed;
					String mutated = String.join("\n", lines);
					lines[index] = line;
					List<Said> elsewhere = said(mutated).stream().filter(s -> !baseline.contains(s))
							.filter(s -> s.line() != index + 1).toList();
					// a stray on a row may change what a prose figure or the table's balance says: one follow-on is allowed
					if (elsewhere.size() > 1) {
						failures.add("line " + (index + 1) + " «" + changed + "»: " + elsewhere);
					}
				}
			}
		}
		assertTrue(failures.isEmpty(), () -> failures.size() + " mutants reported elsewhere, e.g. "
				+ failures.subList(0, Math.min(3, failures.size())));
	}
}
