package org.nianbao.issues;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * What a diagnostic carries besides its message and code: the values its quick fix uses, the places it relates to,
 * the explanation that covers it. Producers (validators, linking, explanations) build these; consumers (quick fixes,
 * the server's related information, the command line's {@code note:} lines) receive them. They travel in Xtext's
 * issue data only through {@link IssueData}.
 */
public sealed interface IssueDatum {

	/** The text that replaces the diagnostic's range: a computed total, last year's figure, "0" for a placeholder. */
	record Replacement(String text) implements IssueDatum {
		public Replacement {
			Objects.requireNonNull(text);
		}
	}

	/** A table's figure to cite instead of a number written in prose, as {@code row.column}. */
	record Citation(String figure) implements IssueDatum {
		public Citation {
			Objects.requireNonNull(figure);
		}
	}

	/** A part's heading as the form prints it (number and title), for a misnumbered or mislabelled heading. */
	record OfficialHeading(String heading) implements IssueDatum {
		public OfficialHeading {
			Objects.requireNonNull(heading);
		}
	}

	/** The report's title worded as the format names the report. */
	record OfficialTitle(String title) implements IssueDatum {
		public OfficialTitle {
			Objects.requireNonNull(title);
		}
	}

	/** What a part must mention (a fee, a matter) and does not. */
	record Mention(String words) implements IssueDatum {
		public Mention {
			Objects.requireNonNull(words);
		}
	}

	/** Rows of the form, by name, that the table (or a group written as one row) leaves out. */
	record MissingRows(List<String> rows) implements IssueDatum {
		public MissingRows {
			rows = List.copyOf(rows);
		}
	}

	/** Parts of the form, by name, that the report leaves out. */
	record MissingParts(List<String> parts) implements IssueDatum {
		public MissingParts {
			parts = List.copyOf(parts);
		}
	}

	/** Rows of the form, by name, that an unknown row may stand for: each a fix of its own. */
	record RowChoices(List<String> rows) implements IssueDatum {
		public RowChoices {
			rows = List.copyOf(rows);
		}
	}

	/** The reports a name could mean, each by its path from the naming report: each a fix of its own. */
	record ReportFiles(List<String> paths) implements IssueDatum {
		public ReportFiles {
			paths = List.copyOf(paths);
		}
	}

	/** A row one value short whose last value is missing: the text to append after its {@code written} values. */
	record ValueToAppend(int written, String text) implements IssueDatum {
		public ValueToAppend {
			Objects.requireNonNull(text);
		}
	}

	/** A row one value short whose missing value the totals single out: the text goes before the value at index. */
	record ValueToInsert(int index, String text, String column) implements IssueDatum {
		public ValueToInsert {
			Objects.requireNonNull(text);
			Objects.requireNonNull(column);
		}
	}

	/** A unit written after a number in a table, to be deleted. */
	record UnitToDelete(String unit) implements IssueDatum {
		public UnitToDelete {
			Objects.requireNonNull(unit);
		}
	}

	/** The unit the table gives a figure that prose states with another unit. */
	record TableUnit(String unit) implements IssueDatum {
		public TableUnit {
			Objects.requireNonNull(unit);
		}
	}

	/** A name that links to nothing (a row, column, form or report). */
	record UnresolvedName(String name) implements IssueDatum {
		public UnresolvedName {
			Objects.requireNonNull(name);
		}
	}

	/** A place related to the diagnostic (a cell a wrong total summed): 1-based lines and columns, the end exclusive. */
	record Related(int line, int column, int endLine, int endColumn, String message) implements IssueDatum {
		public Related {
			Objects.requireNonNull(message);
		}

		/** The place of an object in its file, or null when it has no text (nothing to point to). */
		public static Related of(EObject object, String message) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
			if (node == null) {
				return null;
			}
			LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			LineAndColumn end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
			return new Related(start.getLine(), start.getColumn(), end.getLine(), end.getColumn(), message);
		}
	}

	/** The explanation ({@code // 已核实 CODE：REASON}) a person wrote for a warning: where it stands and its reason. */
	record Explained(int line, int column, String text) implements IssueDatum {
		public Explained {
			Objects.requireNonNull(text);
		}
	}

	/** The code an explanation names, carried by the explanation's own diagnostic (stale, incomplete, of an error). */
	record ExplanationCode(String code) implements IssueDatum {
		public ExplanationCode {
			Objects.requireNonNull(code);
		}
	}
}
