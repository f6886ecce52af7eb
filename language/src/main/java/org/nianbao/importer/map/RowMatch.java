package org.nianbao.importer.map;

import org.nianbao.nianbao.RowNode;

/** What a printed row label was matched to, and how. {@code row} is null when it matched nothing. */
record RowMatch(RowNode row, Kind kind, String hint) {

	enum Kind {
		/** printed exactly as the form's label */
		EXACT,
		/** the same label but for width, spaces, quotes or the numbering's punctuation */
		NORMALISED,
		/** the same words with other numbering or none */
		RENUMBERED,
		/** the label cut short (text extracted from a document) */
		TRUNCATED,
		/** within a few typing mistakes of one label */
		TYPO,
		/** a row of the 2019 trial format that the 2021 form does not have */
		FORMAT_2019,
		/** as near to several rows: not decided */
		AMBIGUOUS, NONE
	}

	static RowMatch none(Kind kind, String hint) {
		return new RowMatch(null, kind, hint);
	}
}
