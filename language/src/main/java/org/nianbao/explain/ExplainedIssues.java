package org.nianbao.explain;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueData;
import org.nianbao.issues.IssueDatum;

/**
 * Applies a report's explanations to its diagnostics: a warning explained on its line becomes an explained
 * diagnostic (severity info, carrying the explanation as an {@link IssueDatum.Explained}); an explanation of an error,
 * one without code or reason, and one that explains nothing are diagnostics of their own. An explained diagnostic
 * keeps its code, message and place, so that every consumer still sees what was checked.
 */
public final class ExplainedIssues {

	/** The codes of explanations' own diagnostics: these cannot be explained. */
	private static final Set<String> OWN = Set.of(IssueCodes.EXPLANATION_INCOMPLETE, IssueCodes.EXPLANATION_OF_ERROR,
			IssueCodes.EXPLANATION_STALE);

	private static final Set<String> CODES = codes();

	private ExplainedIssues() {
	}

	public static List<Issue> apply(List<Issue> issues, List<Explanation> explanations, URI uri) {
		if (explanations.isEmpty()) {
			return issues;
		}
		List<Issue> result = new ArrayList<>(issues);
		for (Explanation e : explanations) {
			if (!e.isComplete()) {
				result.add(own(e, uri, Severity.ERROR, IssueCodes.EXPLANATION_INCOMPLETE, e.code().isEmpty()
						? "说明须写明所说明警告的代码和原因，如：// 已核实 in-force-mismatch：本年有3件文件到期失效"
						: "说明须写明原因：// 已核实 " + e.code() + "：原因（为什么报告没有错）"));
				continue;
			}
			List<Integer> covered = new ArrayList<>();
			boolean error = false;
			for (int i = 0; i < issues.size(); i++) {
				Issue issue = issues.get(i);
				if (e.code().equals(issue.getCode()) && !OWN.contains(issue.getCode()) && issue.getLineNumber() != null
						&& issue.getLineNumber() == e.target()) {
					if (issue.getSeverity() == Severity.ERROR) {
						error = true;
					} else if (issue.getSeverity() == Severity.WARNING) {
						covered.add(i);
					}
				}
			}
			if (error) {
				result.add(own(e, uri, Severity.ERROR, IssueCodes.EXPLANATION_OF_ERROR,
						"错误不能以说明了结：第 " + e.target() + " 行的“" + e.code() + "”是错误，须改正报告；只有警告可以说明"));
			} else if (covered.isEmpty()) {
				result.add(own(e, uri, Severity.WARNING, IssueCodes.EXPLANATION_STALE, stale(e)));
			}
			for (int i : covered) {
				if (result.get(i) == issues.get(i)) {
					result.set(i, explained(issues.get(i), e));
				}
			}
		}
		return result;
	}

	/** The explanation an explained diagnostic carries, or null when it was not explained. */
	public static IssueDatum.Explained reason(Issue issue) {
		return IssueData.first(issue, IssueDatum.Explained.class);
	}

	/** Whether a warning of this code may be explained: any known code but an explanation's own. */
	public static boolean isExplainable(String code) {
		return code != null && CODES.contains(code) && !OWN.contains(code);
	}

	/** Whether this code is one of an explanation's own diagnostics (stale, incomplete, of an error). */
	public static boolean isOwn(String code) {
		return OWN.contains(code);
	}

	public static boolean isExplained(Issue issue) {
		return issue.getSeverity() == Severity.INFO && reason(issue) != null;
	}

	/** Every code a diagnostic may have, for completion and for telling a mistyped code. */
	public static Set<String> codes() {
		Set<String> codes = new HashSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					codes.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return codes;
	}

	private static String stale(Explanation e) {
		if (!CODES.contains(e.code())) {
			return "说明的代码“" + e.code() + "”不是任何警告的代码：请核对拼写";
		}
		if (OWN.contains(e.code())) {
			return "说明不能说明另一条说明：请删去此说明";
		}
		if (e.target() == 0) {
			return "此说明之后没有内容，说明不了任何警告：请把它写在所说明的行上或其上一行";
		}
		return "此说明已无所指：第 " + e.target() + " 行没有“" + e.code() + "”警告（警告已消除，或代码不对），请删去或改正此说明";
	}

	private static Issue explained(Issue warning, Explanation e) {
		Issue.IssueImpl copy = copy(warning);
		copy.setSeverity(Severity.INFO);
		IssueData.add(copy, new IssueDatum.Explained(e.line(), e.column(), e.reason()));
		return copy;
	}

	private static Issue.IssueImpl copy(Issue issue) {
		Issue.IssueImpl copy = new Issue.IssueImpl();
		copy.setCode(issue.getCode());
		copy.setMessage(issue.getMessage());
		copy.setSeverity(issue.getSeverity());
		copy.setType(issue.getType());
		copy.setOffset(issue.getOffset());
		copy.setLength(issue.getLength());
		copy.setLineNumber(issue.getLineNumber());
		copy.setColumn(issue.getColumn());
		copy.setLineNumberEnd(issue.getLineNumberEnd());
		copy.setColumnEnd(issue.getColumnEnd());
		copy.setUriToProblem(issue.getUriToProblem());
		copy.setSyntaxError(issue.isSyntaxError());
		IssueData.carry(issue, copy);
		return copy;
	}

	private static Issue own(Explanation e, URI uri, Severity severity, String code, String message) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		issue.setMessage(message);
		issue.setSeverity(severity);
		issue.setType(CheckType.FAST);
		issue.setOffset(e.offset());
		issue.setLength(e.length());
		issue.setLineNumber(e.line());
		issue.setColumn(e.column());
		issue.setLineNumberEnd(e.line());
		issue.setColumnEnd(e.column() + e.length());
		issue.setUriToProblem(uri);
		IssueData.set(issue, List.of(new IssueDatum.ExplanationCode(e.code())));
		return issue;
	}
}
