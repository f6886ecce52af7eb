package org.nianbao.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nianbao.export.AtomicFileWriter;
import org.nianbao.export.OutputPaths;
import org.nianbao.importer.map.ImportedImage;
import org.nianbao.importer.map.ImportedReport;
import org.nianbao.importer.map.ReportMapper;
import org.nianbao.importer.model.PrintedReport;
import org.nianbao.importer.read.DocReader;
import org.nianbao.importer.read.DocxReader;
import org.nianbao.importer.read.HtmlReader;
import org.nianbao.importer.read.MarkdownReader;
import org.nianbao.importer.read.TextFile;
import org.nianbao.importer.read.TextReader;
import org.nianbao.importer.read.pdf.PdfReader;
import org.nianbao.importer.write.NianbaoWriter;
import org.nianbao.nianbao.Form;

/**
 * Imports one published report (.docx, .doc, .html/.htm, .txt, .md, .pdf) as .nianbao text, exactly as printed, against a form
 * (the national one). Unreadable inputs raise {@link UnreadableInput} with a one-line reason.
 */
public final class Importer {

	/**
	 * What an import gives: the .nianbao text, the warnings about the source, the images its <code>image</code>
	 * lines name (paths relative to the report's folder), and the errors: what the import lost (a part not found,
	 * a part without the table it must have), for which the text is still written, to be completed by hand.
	 */
	public record Result(String text, List<ImportWarning> warnings, List<ImportedImage> images,
			List<ImportWarning> errors) {

		public Result(String text, List<ImportWarning> warnings, List<ImportedImage> images) {
			this(text, warnings, images, List.of());
		}
	}

	private final Form form;

	public Importer(Form form) {
		this.form = form;
	}

	public static boolean canRead(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".wps") || name.endsWith(".html")
				|| name.endsWith(".htm") || name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")
				|| name.endsWith(".pdf");
	}

	public static PrintedReport read(Path file) throws UnreadableInput {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".docx")) {
			return DocxReader.read(file);
		}
		if (name.endsWith(".html") || name.endsWith(".htm")) {
			return HtmlReader.read(file);
		}
		if (name.endsWith(".md") || name.endsWith(".markdown")) {
			return MarkdownReader.read(file);
		}
		if (name.endsWith(".txt")) {
			String text = TextFile.decode(file, "文本文件");
			return MarkdownReader.isMarkdown(text) ? MarkdownReader.read(text) : TextReader.read(text);
		}
		if (name.endsWith(".pdf")) {
			return PdfReader.read(file);
		}
		if (name.endsWith(".doc") || name.endsWith(".wps")) {
			return DocReader.read(file);
		}
		throw new UnreadableInput(refusal(file));
	}

	/** Why a file of a type import does not read is not imported (null for a type it reads). */
	public static String refusal(Path file) {
		if (canRead(file)) {
			return null;
		}
		return "不支持的文件类型：只能导入 .docx、.doc、.html/.htm、.txt、.md 和 .pdf";
	}

	public Result importFile(Path file) throws UnreadableInput {
		PrintedReport printed = read(file);
		List<ImportWarning> warnings = new ArrayList<>(printed.notes());
		ReportMapper mapper = new ReportMapper(form, warnings, imageFolder(file));
		ImportedReport report = mapper.map(printed, reportName(file));
		if (report.parts().isEmpty()) {
			// a note or any other document beside the reports: refused like a web page without a report
			throw new UnreadableInput("找不到年度报告的部分标题（如“一、总体情况”），不像政府信息公开工作年度报告，未导入");
		}
		List<String> header = List.of("导入自 " + file.getFileName() + "（nianbao import）：内容照原文，未作任何修正");
		return new Result(NianbaoWriter.write(report, header), List.copyOf(warnings), report.images(),
				List.copyOf(mapper.errors()));
	}

	/** The folder beside the report that holds its images: NAME-图片 for NAME.docx. */
	static String imageFolder(Path input) {
		return stem(input) + "-图片";
	}

	private static String stem(Path input) {
		String file = input.getFileName().toString();
		int dot = file.lastIndexOf('.');
		return dot > 0 ? file.substring(0, dot) : file;
	}

	/**
	 * Where an input's report goes: NAME.nianbao for NAME.docx, in {@code folder} or, when it is null, beside the
	 * input; never elsewhere (see {@link OutputPaths#inside}).
	 */
	public static Path targetFor(Path input, Path folder) {
		return OutputPaths.inside(folder != null ? folder : input.toAbsolutePath().getParent(),
				stem(input) + OutputPaths.REPORT_EXTENSION);
	}

	/**
	 * Imports {@code input} and writes the report to {@code target} whole or not at all, its images first (each
	 * whole, in its folder beside the report). An image file already there is replaced only with {@code overwrite}.
	 */
	public Result importInto(Path input, Path target, boolean overwrite) throws UnreadableInput, IOException {
		Result result = importFile(input);
		Path folder = target.toAbsolutePath().getParent();
		List<Path> files = new ArrayList<>();
		for (ImportedImage image : result.images()) {
			Path file = OutputPaths.inside(OutputPaths.inside(folder, image.folder()), image.file());
			if (!overwrite && Files.exists(file)) {
				throw new FileAlreadyExistsException(file.toString());
			}
			files.add(file);
		}
		for (int i = 0; i < files.size(); i++) {
			byte[] data = result.images().get(i).data();
			Files.createDirectories(files.get(i).getParent());
			AtomicFileWriter.write(files.get(i), out -> out.write(data));
		}
		byte[] bytes = result.text().getBytes(StandardCharsets.UTF_8);
		AtomicFileWriter.write(target, out -> out.write(bytes));
		return result;
	}

	/** A report name (an ID) made from the file name: other characters become "_". */
	static String reportName(Path file) {
		String stem = file.getFileName().toString();
		int dot = stem.lastIndexOf('.');
		stem = dot > 0 ? stem.substring(0, dot) : stem;
		StringBuilder out = new StringBuilder();
		stem.codePoints().forEach(c -> out.appendCodePoint((c < 128 && Character.isLetterOrDigit(c)) || c == '_'
				|| (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
						? c
						: '_'));
		String name = out.toString();
		if (name.matches("[A-Za-z]+")) {
			return "报告_" + name; // could be a keyword of the language (report, form, all, ...)
		}
		return name.isEmpty() || Character.isDigit(name.charAt(0))
				|| (name.charAt(0) == '_' && name.replace("_", "").isEmpty())
						? "报告" + name
						: name;
	}
}
