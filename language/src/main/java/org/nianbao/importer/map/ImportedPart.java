package org.nianbao.importer.map;

import java.util.ArrayList;
import java.util.List;

/** A part of the report: its heading as printed, prose before its table, the table's rows, prose after. */
public record ImportedPart(String heading, List<ProseItem> prose, List<FigureLine> rows, List<ProseItem> closing) {

	ImportedPart(String heading) {
		this(heading, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
	}
}
