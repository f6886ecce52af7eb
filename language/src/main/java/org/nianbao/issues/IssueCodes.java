package org.nianbao.issues;

/** Every diagnostic's stable code, shown as [code] by the command line and used by quick fixes. */
public final class IssueCodes {

	private IssueCodes() {
	}

	// reading the file: bytes that are not UTF-8, a file that cannot be read, text the grammar does not accept
	public static final String NOT_UTF8 = "not-utf8";
	public static final String UNREADABLE = "unreadable";
	public static final String NOT_A_REPORT = "not-a-report";
	public static final String SYNTAX_ERROR = "syntax-error";

	// reconciliation
	public static final String RULE_VIOLATED = "rule-violated";
	public static final String TOTAL_MISMATCH = "total-mismatch";

	// structure of tables
	public static final String WRONG_VALUE_COUNT = "wrong-value-count";
	public static final String MISSING_COLUMN = "missing-column";
	public static final String MISSING_ROW = "missing-row";
	public static final String DUPLICATE_ROW = "duplicate-row";
	public static final String UNKNOWN_ROW = "unknown-row";
	/** A group of rows (（六）其他处理) written as one row of figures: its rows are what the form asks for. */
	public static final String GROUP_AS_ROW = "group-as-row";
	/** A unit written after a table cell's number (12件, 1.5 万元), read as the name of a row. */
	public static final String UNIT_AFTER_NUMBER = "unit-after-number";
	public static final String ROW_NOT_IN_TABLE = "row-not-in-table";
	public static final String FIGURES_IN_PROSE_PART = "figures-in-prose-part";
	/** A line of prose in a prose part written without its "| " (read as a row of unknown names). */
	public static final String PROSE_WITHOUT_BAR = "prose-without-bar";
	/** A full-width ｜ (what a Chinese input method types) where a paragraph's "| " belongs. */
	public static final String FULL_WIDTH_BAR = "full-width-bar";
	public static final String UNKNOWN_REFERENCE = "unknown-reference";

	// structure of parts
	public static final String UNKNOWN_PART = "unknown-part";
	public static final String MISSING_PART = "missing-part";
	public static final String DUPLICATE_PART = "duplicate-part";
	public static final String PART_OUT_OF_ORDER = "part-out-of-order";
	public static final String HEADING_MISNUMBERED = "heading-misnumbered";
	public static final String HEADING_MISLABELLED = "heading-mislabelled";

	// value kinds
	public static final String PLACEHOLDER_VALUE = "placeholder-value";
	public static final String BLANK_CELL = "blank-cell";
	public static final String STRAY_TEXT = "stray-text";
	public static final String COMPUTED_MARK_MISPLACED = "computed-mark-misplaced";
	public static final String INVALID_NUMBER = "invalid-number";
	public static final String NEGATIVE_COUNT = "negative-count";
	public static final String DECIMAL_COUNT = "decimal-count";
	public static final String NUMBER_TOO_LARGE = "number-too-large";
	public static final String FULL_WIDTH_DIGITS = "full-width-digits";

	// report facts
	public static final String MISSING_ORGAN = "missing-organ";
	public static final String MISSING_YEAR = "missing-year";
	public static final String INVALID_YEAR = "invalid-year";
	public static final String INVALID_DATE = "invalid-date";
	public static final String PUBLISHED_BEFORE_YEAR_END = "published-before-year-end";
	public static final String PUBLISHED_LATE = "published-late";
	public static final String FORM_NOT_FOUND = "form-not-found";
	public static final String MISSING_PUBLISHED = "missing-published";
	public static final String FORM_NOT_YET_IN_FORCE = "form-not-yet-in-force";
	public static final String TITLE_INCOMPLETE = "title-incomplete";
	/** A written title that does not read …政府信息公开工作年度报告. */
	public static final String TITLE_WORDING = "title-wording";

	// other reports: last year's, a combined report's members
	public static final String REPORT_NOT_FOUND = "report-not-found";
	public static final String CARRY_OVER_MISMATCH = "carry-over-mismatch";
	public static final String PREVIOUS_YEAR_MISMATCH = "previous-year-mismatch";
	public static final String COPIED_FROM_LAST_YEAR = "copied-from-last-year";
	public static final String MEMBER_SUM_MISMATCH = "member-sum-mismatch";
	public static final String MEMBER_HAS_ERRORS = "member-has-errors";
	public static final String MEMBER_YEAR_MISMATCH = "member-year-mismatch";
	public static final String MEMBER_FORM_MISMATCH = "member-form-mismatch";
	public static final String DUPLICATE_MEMBER = "duplicate-member";
	/** A report named where several reports of the folder have that name. */
	public static final String AMBIGUOUS_REPORT_NAME = "ambiguous-report-name";
	public static final String CYCLIC_REFERENCE = "cyclic-reference";
	public static final String NO_PREVIOUS_REPORT = "no-previous-report";
	public static final String IN_FORCE_MISMATCH = "in-force-mismatch";

	// prose
	public static final String PROSE_CONTRADICTS_TABLE = "prose-contradicts-table";
	public static final String PROSE_ROUNDING = "prose-rounding";
	public static final String PROSE_UNIT = "prose-unit";
	public static final String PROSE_CHANGE_MISMATCH = "prose-change-mismatch";
	public static final String AMBIGUOUS_REFERENCE = "ambiguous-reference";
	public static final String INVALID_PATTERN = "invalid-pattern";
	public static final String PROSE_TOO_LONG = "prose-too-long";
	public static final String MISSING_MENTION = "missing-mention";
	public static final String PROSE_TOO_SHORT = "prose-too-short";
	public static final String ITEM_MISNUMBERED = "item-misnumbered";
	public static final String IMAGE_NOT_FOUND = "image-not-found";
	public static final String IMAGE_UNREADABLE = "image-unreadable";
	public static final String IMAGE_OUTSIDE_FOLDER = "image-outside-folder";
	public static final String IMAGE_WITHOUT_CAPTION = "image-without-caption";
	/** A prompt of a new report's skeleton (【待填写】…) not yet replaced by the organ's own text. */
	public static final String UNFILLED_PROMPT = "unfilled-prompt";

	// forms
	public static final String DUPLICATE_NAME = "duplicate-name";
	public static final String CYCLIC_TOTAL = "cyclic-total";
	public static final String UNKNOWN_NAME = "unknown-name";

	// explanations of warnings a person checked (// 已核实 CODE：REASON, see explain/)
	/** An explanation without the warning's code or without a reason. */
	public static final String EXPLANATION_INCOMPLETE = "explanation-incomplete";
	/** An explanation of an error: errors cannot be explained away. */
	public static final String EXPLANATION_OF_ERROR = "explanation-of-error";
	/** An explanation with no such warning on its line (the warning is gone, or another code). */
	public static final String EXPLANATION_STALE = "explanation-stale";
}
