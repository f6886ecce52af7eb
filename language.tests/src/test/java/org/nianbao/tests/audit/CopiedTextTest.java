package org.nianbao.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nianbao.audit.AuditedReport;
import org.nianbao.audit.CopiedText;
import org.nianbao.audit.NearDuplicates;
import org.nianbao.audit.Shingles;
import org.nianbao.tests.support.TestFiles;

/** Near-duplicate text: a part 五 another office copied and lightly edited is found; different texts are not. */
class CopiedTextTest {

	private static String part(String example, String number) throws IOException {
		String text = Files.readString(TestFiles.examples().resolve(example + ".nianbao"));
		Matcher m = Pattern.compile("(?ms)^# " + number + "、[^\\n]*\\n(.*?)(?=^# |\\z)").matcher(text);
		assertTrue(m.find(), example);
		StringBuilder prose = new StringBuilder();
		m.group(1).lines().filter(l -> l.startsWith("| ")).forEach(l -> prose.append(l.substring(2)).append('\n'));
		return prose.toString();
	}

	/** What a copying office does: its own name in, a sentence moved, a number changed, punctuation touched up. */
	private static String lightlyEdited(String text) {
		String[] sentences = text.split("(?<=。)");
		List<String> moved = new ArrayList<>(List.of(sentences));
		moved.add(moved.remove(0));
		return String.join("", moved).replace("市场监管", "自然资源").replace("2", "3").replace("，", ",");
	}

	@Test
	void aLightlyEditedCopyOfPartFiveIsFoundAndDifferentTextsAreNot() throws IOException {
		String original = part("anhe-scjg-2024", "五");
		String copy = lightlyEdited(original);
		String other = part("gaocheng-2024", "五");
		double similar = Shingles.jaccard(Shingles.of(original), Shingles.of(copy));
		double different = Shingles.jaccard(Shingles.of(original), Shingles.of(other));
		assertTrue(similar >= CopiedText.THRESHOLD, "copy: " + similar);
		assertTrue(different < 0.2, "different offices: " + different);
		assertEquals(1.0, Shingles.jaccard(Shingles.of(original), Shingles.of(original)));
	}

	@Test
	void theCandidateSearchFindsExactlyThePairsAnAllPairsComparisonFinds() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String example : List.of("anhe-scjg-2024", "gaocheng-2024", "xinyuan-2023", "boshan-yuanquan-2024",
				"anhe-scjg-2023")) {
			texts.add(part(example, "五"));
			texts.add(part(example, "一"));
			texts.add(lightlyEdited(part(example, "五")));
		}
		List<int[]> shingles = texts.stream().map(Shingles::of).toList();
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			for (int j = i + 1; j < texts.size(); j++) {
				if (Shingles.jaccard(shingles.get(i), shingles.get(j)) >= CopiedText.THRESHOLD) {
					expected.add(i + "-" + j);
				}
			}
		}
		List<String> found = NearDuplicates.find(shingles, CopiedText.THRESHOLD).stream()
				.map(p -> p.first() + "-" + p.second()).sorted().toList();
		assertTrue(expected.size() >= 5, "each copy pairs with its original: " + expected);
		assertEquals(expected.stream().sorted().toList(), found);
	}

	@Test
	void aCountyOfCopiesGivesEveryReportAPairButNotHalfAMillionPairs() throws IOException {
		String five = part("anhe-scjg-2024", "五");
		List<int[]> shingles = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			shingles.add(Shingles.of(five.replace("2", String.valueOf(i))));
		}
		shingles.add(Shingles.of(part("gaocheng-2024", "五")));
		List<NearDuplicates.Pair> pairs = NearDuplicates.find(shingles, CopiedText.THRESHOLD, 3);
		assertTrue(pairs.size() <= 200 * 3, "pairs: " + pairs.size());
		java.util.Set<Integer> paired = new java.util.HashSet<>();
		pairs.forEach(p -> {
			paired.add(p.first());
			paired.add(p.second());
		});
		assertEquals(200, paired.size(), "every copy, and not the different text");
		assertTrue(!paired.contains(200));
	}

	@Test
	void copiesAcrossOfficesOfTheSameYearAndFromTheOrgansLastYear() throws IOException {
		String five = part("anhe-scjg-2024", "五");
		List<AuditedReport> reports = List.of(report("a.nianbao", "甲局", "2024", five),
				report("b.nianbao", "乙局", "2024", lightlyEdited(five)),
				report("c.nianbao", "丙局", "2024", part("gaocheng-2024", "五")),
				report("c-2023.nianbao", "丙局", "2023", part("gaocheng-2024", "五")),
				report("d-2023.nianbao", "丁局", "2023", five));
		List<CopiedText.Copy> copies = CopiedText.find(reports).stream()
				.filter(c -> c.part() == CopiedText.Part.IMPROVEMENTS).toList();
		assertEquals(2, copies.size(), copies.toString());
		assertTrue(copies.stream().anyMatch(c -> !c.lastYear() && c.first() == 0 && c.second() == 1));
		assertTrue(copies.stream().anyMatch(c -> c.lastYear() && c.first() == 3 && c.second() == 2),
				"丙局 wrote last year's part 五 again; 丁局's 2023 text is another year's, not compared");
	}

	private static AuditedReport report(String file, String organ, String year, String improvements) {
		return new AuditedReport(file, organ, year, null, null, false, List.of(), "", improvements, List.of(),
				Map.of());
	}
}
