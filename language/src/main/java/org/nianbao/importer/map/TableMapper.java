package org.nianbao.importer.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.form.EditDistance;
import org.nianbao.form.Forms;
import org.nianbao.form.Labels;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedTable;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.ColumnGroup;
import org.nianbao.nianbao.ColumnNode;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;

/**
 * Turns the printed tables of one part into figure rows of the form's table, in printed order and as printed:
 * each row's label matched to a form row (every difference from the official label reported), its cells written
 * as numbers, placeholders or blanks, as many as were printed. Header rows are checked against the form's
 * column labels. Nothing printed is dropped: a row that matches nothing is written under a name made from its
 * label, so that validation reports it.
 */
final class TableMapper {

	private final List<Table> tables;
	private final RowMatcher rows;
	private final Map<String, String> headers = new HashMap<>();
	private final List<ImportWarning> warnings;

	TableMapper(List<Table> tables, List<ImportWarning> warnings) {
		this.tables = tables;
		this.rows = new RowMatcher(tables);
		this.warnings = warnings;
		for (Table table : tables) {
			if (table.getLabel() != null) {
				headers.put(LabelText.normalise(table.getLabel()), table.getLabel());
			}
			for (Block block : table.getBlocks()) {
				header(block.getTitle());
				header(block.getHeader());
				block.getColumns().forEach(this::columnHeaders);
				for (RowNode node : block.getRows()) {
					if (node instanceof RowGroup group) {
						header(group.getLabel());
					}
				}
			}
		}
	}

	private void header(String label) {
		if (label != null && !label.isBlank()) {
			headers.put(LabelText.normalise(label), label);
		}
	}

	private void columnHeaders(ColumnNode node) {
		header(node.getLabel());
		if (node instanceof ColumnGroup group) {
			group.getMembers().forEach(this::columnHeaders);
		}
	}

	/** A figure row as read: the form row it matched (null for none), its label as printed, its printed table. */
	private record Printed(FigureLine line, int difference, String where, RowNode row, String label, int table,
			RowMatch match, boolean mergesKnown) {
	}

	List<FigureLine> map(List<PrintedTable> printed) {
		List<Printed> out = new ArrayList<>();
		for (int t = 0; t < printed.size(); t++) {
			PrintedTable table = printed.get(t);
			for (int r = 0; r < table.rows().size(); r++) {
				Printed line = row(table, r, t);
				if (line != null) {
					out.add(line);
				}
			}
		}
		out = byNeighbours(out);
		out = joinSplitRow(out, printed);
		reportDuplicates(out);
		reportShortRows(out, printed);
		return out.stream().map(Printed::line).toList();
	}

	/** Table 4 printed as one table per column group: its pieces are the one row, in the form's column order. */
	@SuppressWarnings("ReferenceEquality") // the same printed line, not an equal one
	private List<Printed> joinSplitRow(List<Printed> lines, List<PrintedTable> printed) {
		if (!(unlabelled().row() instanceof Row row)) {
			return lines;
		}
		var groups = SplitRow.groups(row, printed);
		if (groups == null) {
			return lines;
		}
		List<Printed> pieces = lines.stream().filter(p -> p.row() == row).toList();
		if (pieces.size() != printed.size()
				|| pieces.stream().map(Printed::table).distinct().count() != pieces.size()) {
			return lines;
		}
		List<String> values = SplitRow.join(row,
				pieces.stream().map(p -> new SplitRow.Piece(p.table(), groups.get(p.table()), p.line().values()))
						.toList());
		if (values == null) {
			return lines;
		}
		List<String> names = pieces.stream().map(p -> Labels.node(groups.get(p.table()))).toList();
		Printed first = pieces.get(0);
		warnings.add(new ImportWarning(first.where(), "“" + Labels.row(row) + "”一行印作 " + pieces.size()
				+ " 个表格（" + String.join("、", names) + "），按各表头合为一行 " + values.size() + " 个数"));
		List<String> comments = new ArrayList<>();
		pieces.forEach(p -> comments.addAll(p.line().comments()));
		Printed joined = new Printed(new FigureLine(row.getName(), values, comments), 0, first.where(), row,
				first.label(),
				first.table(), first.match(), first.mergesKnown());
		List<Printed> out = new ArrayList<>();
		for (Printed line : lines) {
			if (line == first) {
				out.add(joined);
			} else if (!pieces.contains(line)) {
				out.add(line);
			}
		}
		return out;
	}

	/** A form row printed twice: both kept, the second named with the first. */
	private void reportDuplicates(List<Printed> lines) {
		Map<RowNode, String> seen = new LinkedHashMap<>();
		for (Printed line : lines) {
			if (line.row() == null) {
				continue;
			}
			String earlier = seen.putIfAbsent(line.row(), line.where());
			if (earlier != null) {
				String printed = line.label().isEmpty() ? Labels.row(line.row()) : line.label();
				warnings.add(new ImportWarning(line.where(), "“" + printed + "”与" + earlier + "是格式的同一行，两行都照印保留"));
			}
		}
	}

	private Printed row(PrintedTable table, int r, int tableIndex) {
		List<PrintedCell> cells = table.rows().get(r);
		String where = table.rowWhere(r);
		int first = 0;
		while (first < cells.size() && (cells.get(first).continued() || !Cells.isValue(cells.get(first).text()))) {
			first++;
		}
		int lastText = -1;
		for (int i = 0; i < cells.size(); i++) {
			if (!cells.get(i).continued() && !Cells.isValue(cells.get(i).text())) {
				lastText = i;
			}
		}
		boolean figures = cells.stream()
				.anyMatch(c -> !c.continued() && !c.text().isBlank() && Cells.isValue(c.text()));
		if (lastText > first && !figures) {
			checkHeader(cells, where); // column labels with empty cells between them
			return null;
		}
		if (!table.mergesKnown()) {
			first = Math.max(first, lastText + 1); // an empty cell between labels is a merged cell, not a value
		}
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < first; i++) {
			labels.add(cells.get(i).text().strip());
		}
		List<PrintedCell> valueCells = cells.subList(first, cells.size());
		boolean blank = valueCells.stream().allMatch(c -> c.text().isBlank());
		if (valueCells.isEmpty() || (blank && labels.stream().allMatch(String::isEmpty) && !hasUnlabelledRow())
				|| (blank && labels.stream().filter(l -> headers.containsKey(LabelText.normalise(l))).count() >= 2)) {
			// no figures, or only blank cells under column labels: a header row
			checkHeader(cells, where);
			return null;
		}
		String label = "";
		List<String> context = new ArrayList<>();
		for (String text : labels) {
			if (!text.isEmpty()) {
				if (!label.isEmpty()) {
					context.add(label);
				}
				label = text;
			}
		}
		RowMatch match = label.isEmpty() ? unlabelled() : rows.match(label, context);
		List<String> comments = new ArrayList<>();
		List<String> values = values(valueCells, where, comments);
		if (match.row() != null) {
			return matched(match, label, values, comments, where, table.mergesKnown(), tableIndex);
		}
		return new Printed(new FigureLine(label, values, comments), 0, where, null, label, tableIndex, match,
				table.mergesKnown());
	}

	private Printed matched(RowMatch match, String label, List<String> printedValues, List<String> comments,
			String where,
			boolean mergesKnown, int tableIndex) {
		RowNode row = match.row();
		explain(match, label, row, where);
		if (row instanceof RowGroup) {
			warnings.add(new ImportWarning(where, "“" + label + "”在格式中是分组行（其下各行分别填数），此处印有数字，照印保留"));
		}
		List<String> values = new ArrayList<>(printedValues);
		List<Column> columns = columnsOf(row);
		if (!mergesKnown) {
			// text extracted from a document shows a label merged over two columns as an extra empty cell
			while (values.size() > columns.size() && values.get(0).equals(Cells.BLANK)) {
				values.remove(0);
			}
		}
		return new Printed(new FigureLine(row.getName(), values, comments), values.size() - columns.size(), where, row,
				label, tableIndex, match, mergesKnown);
	}

	/**
	 * Labels that match no row (characters missing or wrong: 4.保第三方权) printed between two rows that did match are
	 * the rows of the form between them that no printed row took, when they are as many and each is like its row by
	 * numbering or words; every other such label is kept as printed and said.
	 */
	private List<Printed> byNeighbours(List<Printed> lines) {
		List<Row> order = new ArrayList<>();
		tables.forEach(t -> order.addAll(Forms.leafRows(t)));
		Set<RowNode> taken = new HashSet<>();
		lines.stream().filter(p -> p.row() != null).forEach(p -> taken.add(p.row()));
		List<Printed> out = new ArrayList<>(lines);
		for (int i = 0; i < out.size(); i++) {
			if (out.get(i).row() != null) {
				continue;
			}
			int end = i;
			while (end + 1 < out.size() && out.get(end + 1).row() == null) {
				end++;
			}
			List<Row> free = between(out, i, end, order, taken);
			boolean placed = free != null && free.size() == end - i + 1;
			for (int k = i; placed && k <= end; k++) {
				placed = out.get(k).match().kind() != RowMatch.Kind.FORMAT_2019
						&& alike(out.get(k).label(), free.get(k - i));
			}
			String around = neighbours(out, i, end);
			for (int k = i; k <= end; k++) {
				Printed line = out.get(k);
				if (placed) {
					Row row = free.get(k - i);
					taken.add(row);
					warnings.add(new ImportWarning(line.where(), "行名印作“" + line.label() + "”，不在格式中；它印在" + around
							+ "，按其间" + (end > i ? "第 " + (k - i + 1) + " 个" : "唯一") + "未印的“" + row.getLabel() + "”读"));
					out.set(k, matched(new RowMatch(row, RowMatch.Kind.EXACT, null), line.label(), line.line().values(),
							line.line().comments(), line.where(), line.mergesKnown(), line.table()));
				} else {
					List<String> comments = new ArrayList<>(line.line().comments());
					comments.add(unmatched(line.match(), line.label(), line.where()));
					out.set(k, new Printed(new FigureLine(nameFor(line.label()), line.line().values(), comments), 0,
							line.where(), null, line.label(), line.table(), line.match(), line.mergesKnown()));
				}
			}
			i = end;
		}
		return out;
	}

	/** The rows of the form between the rows printed before line {@code i} and after line {@code end} that no printed row took. */
	private static List<Row> between(List<Printed> lines, int i, int end, List<Row> order, Set<RowNode> taken) {
		int from = -1;
		for (int j = i - 1; j >= 0 && from < 0; j--) {
			if (lines.get(j).row() != null) {
				List<Row> leaves = Forms.leafRows(lines.get(j).row());
				from = order.indexOf(leaves.get(leaves.size() - 1));
			}
		}
		int to = -1;
		for (int j = end + 1; j < lines.size() && to < 0; j++) {
			if (lines.get(j).row() != null) {
				to = order.indexOf(Forms.leafRows(lines.get(j).row()).get(0));
			}
		}
		if (from < 0 || to < 0 || to <= from) {
			return null; // rows are placed only between two rows that were read
		}
		return order.subList(from + 1, to).stream()
				.filter(r -> !taken.contains(r) && r.getLabel() != null && !r.getLabel().isBlank()).toList();
	}

	/** The same numbering (4.), or at most half of the row's words changed. */
	private static boolean alike(String printed, Row row) {
		String bare = LabelText.withoutNumber(printed);
		String official = LabelText.withoutNumber(row.getLabel());
		String number = LabelText.normalise(printed);
		number = number.substring(0, number.length() - bare.length());
		String officialNumber = LabelText.normalise(row.getLabel());
		officialNumber = officialNumber.substring(0, officialNumber.length() - official.length());
		return (!number.isEmpty() && number.equals(officialNumber))
				|| (!bare.isEmpty() && EditDistance.between(bare, official) <= official.length() / 2);
	}

	private static String neighbours(List<Printed> lines, int i, int end) {
		String before = null;
		for (int j = i - 1; j >= 0 && before == null; j--) {
			before = lines.get(j).row() != null ? lines.get(j).label() : null;
		}
		String after = null;
		for (int j = end + 1; j < lines.size() && after == null; j++) {
			after = lines.get(j).row() != null ? lines.get(j).label() : null;
		}
		return "“" + before + "”与“" + after + "”之间";
	}

	private boolean hasUnlabelledRow() {
		return unlabelled().row() != null;
	}

	/** Table 4's one row of figures has no label of its own. */
	private RowMatch unlabelled() {
		for (Table table : tables) {
			for (Row row : Forms.leafRows(table)) {
				if (row.getLabel() == null || row.getLabel().isBlank()) {
					return new RowMatch(row, RowMatch.Kind.EXACT, null);
				}
			}
		}
		return RowMatch.none(RowMatch.Kind.NONE, null);
	}

	private List<String> values(List<PrintedCell> cells, String where, List<String> comments) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			String text = cells.get(i).text();
			if (Cells.isValue(text)) {
				values.add(Cells.token(text));
				continue;
			}
			String number = Cells.numberBeforeUnit(text);
			if (number != null) {
				warnings.add(new ImportWarning(where, "第 " + (i + 1) + " 个数印作“" + text.strip() + "”，只记数字 " + number));
				values.add(number);
			} else {
				warnings.add(new ImportWarning(where, "第 " + (i + 1) + " 个单元格印作“" + text.strip() + "”，不是数字，记作空白 _"));
				comments.add(where + " 第 " + (i + 1) + " 个单元格印作：" + text.strip());
				values.add(Cells.BLANK);
			}
		}
		return values;
	}

	private static List<Column> columnsOf(RowNode row) {
		if (row instanceof Row leaf) {
			return Forms.columnsOf(leaf);
		}
		Block block = EcoreUtil2.getContainerOfType(row, Block.class);
		return block == null ? List.of() : Forms.leafColumns(block);
	}

	private void explain(RowMatch match, String label, RowNode row, String where) {
		String official = row.getLabel();
		String message = switch (match.kind()) {
		case NORMALISED -> "行名印作“" + label + "”，格式为“" + official + "”（全角半角、空格或标点不同）";
		case RENUMBERED -> "行名印作“" + label + "”，格式为“" + official + "”（编号不同）";
		case TRUNCATED -> "行名印作“" + label + "”，不完整，按“" + official + "”读";
		case TYPO -> "行名印作“" + label + "”，与格式“" + official + "”有出入，按此行读";
		default -> null;
		};
		if (message != null) {
			warnings.add(new ImportWarning(where, message));
		}
	}

	private String unmatched(RowMatch match, String label, String where) {
		String message = switch (match.kind()) {
		case FORMAT_2019 -> "“" + label + "”是 2019 年试行格式的行，2021 年格式没有此行"
				+ (match.hint() == null || match.hint().isEmpty() ? "" : "（最接近：" + match.hint() + "）") + "，照印保留";
		case AMBIGUOUS -> "行名“" + label + "”可能是以下几行之一：" + match.hint() + "，无法确定，照印保留";
		default -> "行名“" + label + "”不在格式中" + (match.hint() == null ? "" : "（最接近：" + match.hint() + "）") + "，照印保留";
		};
		warnings.add(new ImportWarning(where, message));
		return where + "：格式中没有此行，照印保留";
	}

	private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
			"[a-zA-Z_\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF08][a-zA-Z_0-9\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF08\\uFF09\\u3001\\u201C\\u201D]*");
	private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile(
			"[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]");

	/**
	 * A row the form does not have is written under its printed label: as it is where the label can stand as a name
	 * (Chinese, no digit first, no punctuation a name cannot have, the name of no row), else in quotes.
	 */
	private String nameFor(String label) {
		String printed = label.replaceAll("[\\s\\u00A0]+", " ").strip();
		boolean asName = NAME.matcher(printed).matches() && CHINESE.matcher(printed).find();
		for (Table table : tables) {
			Form form = EcoreUtil2.getContainerOfType(table, Form.class);
			for (Row row : form == null ? Forms.leafRows(table) : Forms.leafRows(form)) {
				asName &= !row.getName().equals(printed);
			}
		}
		return asName ? printed : "\"" + printed.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private void checkHeader(List<PrintedCell> cells, String where) {
		Set<String> done = new HashSet<>();
		for (PrintedCell cell : cells) {
			String text = cell.text().strip();
			if (cell.continued() || text.isEmpty() || !done.add(text)) {
				continue;
			}
			String normal = LabelText.normalise(text);
			String official = headers.get(normal);
			if (official != null) {
				if (!official.equals(text)) {
					warnings.add(new ImportWarning(where, "表头印作“" + text + "”，格式为“" + official + "”（全角半角、空格或标点不同）"));
				}
				continue;
			}
			String bare = LabelText.withoutNumber(text);
			if (Format2019.HEADERS.containsKey(bare)) {
				String nearest = Format2019.HEADERS.get(bare);
				warnings.add(new ImportWarning(where, "表头“" + text + "”是 2019 年试行格式的列，2021 年格式没有此列"
						+ (nearest.isEmpty() ? "" : "（最接近：" + nearest + "）")));
				continue;
			}
			String nearest = null;
			int best = Integer.MAX_VALUE;
			for (var entry : headers.entrySet()) {
				int distance = EditDistance.between(normal, entry.getKey());
				if (distance < best) {
					best = distance;
					nearest = entry.getValue();
				}
			}
			RowNode asRow = rows.match(text, List.of()).row();
			if (asRow instanceof RowGroup) {
				continue;
			}
			if (asRow != null) {
				warnings.add(new ImportWarning(where, "“" + text + "”一行没有印任何数字"));
			} else if (nearest != null && best <= Math.max(1, normal.length() / 4)) {
				warnings.add(new ImportWarning(where, "表头印作“" + text + "”，格式为“" + nearest + "”"));
			} else if (containedHeader(normal) != null) {
				warnings.add(new ImportWarning(where, "表头印作“" + text + "”，按“" + containedHeader(normal) + "”读"));
			} else {
				warnings.add(new ImportWarning(where, "表头“" + text + "”不在格式中"));
			}
		}
	}

	/** The longest header of the form (four characters or more) a printed header contains: 行政诉讼（复议后起诉）. */
	private String containedHeader(String normal) {
		String found = null;
		for (var entry : headers.entrySet()) {
			if (entry.getKey().length() >= 4 && normal.contains(entry.getKey())
					&& (found == null || entry.getKey().length() > LabelText.normalise(found).length())) {
				found = entry.getValue();
			}
		}
		return found;
	}

	/**
	 * A column missing from the printed table makes every row short by the same count: said once, on the table;
	 * otherwise each row that has more or fewer values than its columns is named.
	 */
	private void reportShortRows(List<Printed> lines, List<PrintedTable> printed) {
		List<Printed> data = lines.stream().filter(p -> p.line().values().size() > 0 || p.difference() != 0).toList();
		long matched = data.stream().filter(p -> p.difference() != 0).count();
		if (data.size() >= 3 && matched == data.size()
				&& data.stream().mapToInt(Printed::difference).distinct().count() == 1) {
			int d = data.get(0).difference();
			warnings.add(new ImportWarning(printed.get(0).where(), "各行都比格式" + (d < 0 ? "少 " + -d : "多 " + d)
					+ " 列（表头" + (d < 0 ? "缺" : "多") + "列？）：照印保留，请核对原表"));
			return;
		}
		for (Printed p : data) {
			if (p.difference() < 0) {
				warnings.add(new ImportWarning(p.where(), "本行比格式少 " + -p.difference() + " 个数，照印保留"));
			} else if (p.difference() > 0) {
				warnings.add(new ImportWarning(p.where(), "本行比格式多 " + p.difference() + " 个数，照印保留"));
			}
		}
	}
}
