package org.nianbao.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an audit knows of one file: who reported for which year, when it was published and whether on time
 * ({@code onTime} null when no usable date is given), its diagnostics, the texts of parts 一 and 五 (empty unless
 * read for a copy check), the members of a combined report that could not be found, and its main figures (only when
 * it has no errors, so that region totals add up figures that hold).
 */
public record AuditedReport(String file, String organ, String year, String published, Boolean onTime,
		boolean combined, List<Problem> problems, String overview, String improvements, List<String> missingMembers,
		Map<String, BigDecimal> figures) {

	public long errors() {
		return problems.stream().filter(Problem::isError).count();
	}

	public long warnings() {
		return problems.stream().filter(Problem::isWarning).count();
	}

	/** Warnings a person explained in the report (not counted as warnings). */
	public long explained() {
		return problems.stream().filter(Problem::isExplained).count();
	}

	/** No error and no warning left (explained warnings are fine). */
	public boolean isClean() {
		return errors() == 0 && warnings() == 0;
	}

	/** The first problems in words, errors first, for a one-line summary; explained warnings are not problems. */
	public List<String> firstProblems(int count) {
		return problems.stream().filter(p -> !p.isExplained())
				.sorted((a, b) -> Boolean.compare(b.isError(), a.isError())).limit(count)
				.map(Problem::message).toList();
	}

	/** The organ as written, or the file's name when the report names none. */
	public String displayName() {
		return organ == null || organ.isBlank() ? file : organ;
	}
}
