package org.nianbao.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copied text across a folder of reports: parts 一 and 五 of each report compared with the other reports of the same
 * year and with the same organ's report of the year before (shingled Jaccard similarity).
 */
public final class CopiedText {

	/** At or above this similarity two texts are "内容雷同". */
	public static final double THRESHOLD = 0.6;

	/** Pairs listed per report once its group of copies is known (see {@link NearDuplicates}). */
	static final int PAIRS_PER_REPORT = 3;

	public enum Part {
		OVERVIEW("一、总体情况"), IMPROVEMENTS("五、存在的主要问题及改进情况");

		public final String label;

		Part(String label) {
			this.label = label;
		}
	}

	/** Two reports (indexes into the audited list) whose part reads alike; {@code lastYear}: first is last year's. */
	public record Copy(Part part, int first, int second, double similarity, boolean lastYear) {
	}

	private CopiedText() {
	}

	public static List<Copy> find(List<AuditedReport> reports) {
		List<Copy> copies = new ArrayList<>();
		for (Part part : Part.values()) {
			List<int[]> shingles = reports.stream().map(r -> Shingles.of(text(r, part))).toList();
			Map<String, List<Integer>> byYear = new HashMap<>();
			for (int i = 0; i < reports.size(); i++) {
				byYear.computeIfAbsent(String.valueOf(reports.get(i).year()), y -> new ArrayList<>()).add(i);
			}
			for (List<Integer> sameYear : byYear.values()) {
				List<int[]> group = sameYear.stream().map(shingles::get).toList();
				for (NearDuplicates.Pair pair : NearDuplicates.find(group, THRESHOLD, PAIRS_PER_REPORT)) {
					copies.add(new Copy(part, sameYear.get(pair.first()), sameYear.get(pair.second()),
							pair.similarity(), false));
				}
			}
			Map<String, Integer> byOrganYear = new HashMap<>();
			for (int i = 0; i < reports.size(); i++) {
				byOrganYear.putIfAbsent(key(reports.get(i).organ(), reports.get(i).year()), i);
			}
			for (int i = 0; i < reports.size(); i++) {
				AuditedReport report = reports.get(i);
				Integer previous = previousYear(report.year()) == null
						? null
						: byOrganYear.get(key(report.organ(), previousYear(report.year())));
				if (previous != null && shingles.get(i).length > 0) {
					double similarity = Shingles.jaccard(shingles.get(previous), shingles.get(i));
					if (similarity >= THRESHOLD) {
						copies.add(new Copy(part, previous, i, similarity, true));
					}
				}
			}
		}
		copies.sort(Comparator.comparingDouble(Copy::similarity).reversed());
		return copies;
	}

	/** How many reports have a copied part: in a pair with another report of the year, or with their own last year. */
	public static long reports(List<Copy> copies, Part part) {
		return copies.stream().filter(c -> c.part() == part)
				.flatMap(c -> c.lastYear()
						? java.util.stream.Stream.of(c.second())
						: java.util.stream.Stream.of(c.first(), c.second()))
				.distinct().count();
	}

	private static String text(AuditedReport report, Part part) {
		String text = part == Part.OVERVIEW ? report.overview() : report.improvements();
		return text == null ? "" : text;
	}

	private static String key(String organ, String year) {
		return (organ == null ? "" : organ.strip()) + "\u0000" + year;
	}

	private static String previousYear(String year) {
		if (year == null || !year.matches("\\d{4}")) {
			return null;
		}
		return String.valueOf(Integer.parseInt(year) - 1);
	}
}
