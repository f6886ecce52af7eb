package org.nianbao.importer.write;

import java.util.List;
import java.util.Map;

import org.nianbao.importer.map.FigureLine;
import org.nianbao.importer.map.ImportedPart;
import org.nianbao.importer.map.ImportedReport;
import org.nianbao.importer.map.ProseItem;

/**
 * Writes an imported report as .nianbao text, laid out as a report written by hand: facts, preface, parts with
 * their headings as printed, prose lines, figure rows with their names aligned.
 */
public final class NianbaoWriter {

	private final StringBuilder out = new StringBuilder();

	private NianbaoWriter() {
	}

	public static String write(ImportedReport report, List<String> header) {
		NianbaoWriter writer = new NianbaoWriter();
		writer.report(report, header);
		return writer.out.toString();
	}

	private void report(ImportedReport report, List<String> header) {
		header.forEach(this::comment);
		line("report " + report.name());
		if (report.organ() != null) {
			line("  organ " + string(report.organ()));
		}
		if (report.year() != null) {
			line("  year " + report.year());
		}
		if (report.published() != null) {
			line("  published " + report.published());
		}
		if (!report.title().isEmpty()) {
			line("  title " + String.join(" ", report.title().stream().map(NianbaoWriter::string).toList()));
		}
		if (!report.contact().isEmpty()) {
			line("  contact");
			for (Map.Entry<String, String> field : report.contact().entrySet()) {
				line("    " + field.getKey() + " " + string(field.getValue()));
			}
		}
		if (!report.preface().isEmpty()) {
			line("");
			line("preface");
			prose(report.preface());
		}
		for (ImportedPart part : report.parts()) {
			line("");
			line("# " + part.heading());
			prose(part.prose());
			rows(part.rows());
			prose(part.closing());
		}
	}

	private void prose(List<ProseItem> items) {
		for (ProseItem item : items) {
			switch (item.kind()) {
			case PARAGRAPH -> line("| " + oneLine(item.text()));
			case SUBHEADING -> line("#".repeat(item.level()) + " " + oneLine(item.text()));
			case IMAGE -> line("image " + string(item.path()) + (item.text() == null ? "" : " " + string(item.text())));
			case COMMENT -> comment(item.text());
			}
		}
	}

	private void rows(List<FigureLine> rows) {
		int width = rows.stream().mapToInt(r -> width(r.row())).max().orElse(0);
		for (FigureLine row : rows) {
			row.comments().forEach(this::comment);
			StringBuilder line = new StringBuilder(row.row());
			if (!row.values().isEmpty()) {
				line.append(" ".repeat(width - width(row.row()) + 1)).append(String.join(" ", row.values()));
			}
			line(line.toString());
		}
	}

	/** Display width: a Chinese character takes two columns. */
	private static int width(String text) {
		return text.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
	}

	private void comment(String text) {
		line("// " + oneLine(text));
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n]+", " ").strip();
	}

	static String string(String value) {
		return "\"" + oneLine(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
