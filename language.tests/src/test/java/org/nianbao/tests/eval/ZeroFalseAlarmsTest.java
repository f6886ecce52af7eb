package org.nianbao.tests.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nianbao.eval.Finding;
import org.nianbao.eval.ProseChecker;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.nianbao.Report;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.TestInjector;

/**
 * The prose checks measured on real text: no warning about a figure in prose on any example, and none on any line
 * of the seed reports' extracted text (../shared/reference/seeds), read against the tables of their transcriptions
 * in examples/. The seeds' dates, document numbers (国办函〔2020〕109号) and phone numbers sit near phrases.
 */
class ZeroFalseAlarmsTest {

	private static final Set<String> PROSE_CODES = Set.of(IssueCodes.PROSE_CONTRADICTS_TABLE, IssueCodes.PROSE_ROUNDING,
			IssueCodes.PROSE_UNIT, IssueCodes.PROSE_CHANGE_MISMATCH);

	@Test
	void noExampleHasAWarningAboutAFigureInProse() {
		List<String> alarms = new ArrayList<>();
		for (Path file : TestFiles.nianbaoFiles(TestFiles.examples())) {
			for (Issue issue : Validation.issues(load(file))) {
				if (PROSE_CODES.contains(issue.getCode())) {
					alarms.add(TestFiles.examples().relativize(file) + ":" + issue.getLineNumber() + " "
							+ issue.getMessage());
				}
			}
		}
		assertEquals(List.of(), alarms);
	}

	@Test
	void noLineOfASeedReportIsAFalseAlarm() throws IOException {
		Path seeds = TestFiles.root().resolve("../shared/reference/seeds").normalize();
		Assumptions.assumeTrue(Files.isDirectory(seeds), "shared/ beside the checkout");
		List<String> alarms = new ArrayList<>();
		int statements = 0;
		int seedCount = 0;
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				String name = seed.getFileName().toString().replace(".txt", ".nianbao");
				Path transcription = TestFiles.examples().resolve(name);
				assertTrue(Files.exists(transcription), "every seed is transcribed in examples/: " + name);
				seedCount++;
				Report report = (Report) load(transcription).getContents().get(0);
				ReportEvaluation evaluation = TestInjector.get(ReportEvaluator.class).evaluate(report);
				List<String> lines = Files.readAllLines(seed);
				for (int i = 0; i < lines.size(); i++) {
					statements += ProseChecker.statements(lines.get(i), evaluation.form());
					for (Finding finding : ProseChecker.check(lines.get(i), evaluation)) {
						alarms.add(seed.getFileName() + ":" + (i + 1) + " " + finding);
					}
				}
			}
		}
		assertEquals(List.of(), alarms);
		assertEquals(3, seedCount);
		assertTrue(statements >= 2,
				"the phrases find the figures the seeds state (共收到政府信息公开申请0件, 上年度结转0件…): " + statements);
	}

	private static Resource load(Path file) {
		var set = TestInjector.get(org.eclipse.xtext.resource.XtextResourceSet.class);
		for (Path other : TestFiles.nianbaoFiles(file.getParent())) {
			if (!other.equals(file)) {
				set.getResource(org.eclipse.emf.common.util.URI.createFileURI(other.toString()), true);
			}
		}
		return set.getResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()), true);
	}
}
