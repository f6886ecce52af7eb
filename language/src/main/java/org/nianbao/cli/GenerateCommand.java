package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.nianbao.docx.DocxGenerator;
import org.nianbao.export.OutputPaths;
import org.nianbao.export.ReportExport;
import org.nianbao.export.ReportWriter;
import org.nianbao.export.WriteFailure;
import org.nianbao.html.HtmlWriter;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.workspace.ReportProblem;
import org.nianbao.workspace.SourceFiles;
import org.nianbao.workspace.Workspace;

import com.google.inject.Inject;

/**
 * {@code nianbao generate PATH... [-o DIR] [--force] [--format docx,html]}: a Word document and/or a web page for
 * every report, written beside it or into DIR. A report with errors is refused unless forced; each file is written
 * whole or not at all.
 */
public class GenerateCommand {

	static final String USAGE = "用法：nianbao generate 文件或文件夹... [-o 输出文件夹] [--format docx|html|docx,html] [--force] [-j 线程数]";

	/** What a report can be generated as. */
	enum Format {
		DOCX(OutputPaths.DOCX_EXTENSION, " Word 文档"), HTML(OutputPaths.HTML_EXTENSION, "网页");

		final String extension;
		final String noun;

		Format(String extension, String noun) {
			this.extension = extension;
			this.noun = noun;
		}

		/** "docx", "html" or "docx,html" (any order, no repeats); null when it names anything else. */
		static List<Format> parse(String text) {
			List<Format> formats = new ArrayList<>();
			for (String name : text.split(",", -1)) {
				Format format = switch (name.strip().toLowerCase()) {
				case "docx", "word" -> DOCX;
				case "html", "web" -> HTML;
				default -> null;
				};
				if (format == null || formats.contains(format)) {
					return null;
				}
				formats.add(format);
			}
			return formats;
		}
	}

	static {
		// POI logs through Log4j 2, which otherwise complains on stderr that it has no logging back end.
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
	}

	@Inject
	private BatchRunner batch;

	@Inject
	private DocxGenerator generator;

	@Inject
	private HtmlWriter htmlWriter;

	public int run(List<String> args, PrintStream out, PrintStream err, boolean interactive) {
		boolean force = false;
		String output = null;
		List<Format> formats = List.of(Format.DOCX);
		int jobs = Jobs.all();
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (Jobs.at(args, i)) {
				jobs = Jobs.read(args, i++, err);
				if (jobs < 1) {
					return NianbaoCli.USAGE;
				}
			} else if (arg.equals("--format") || arg.startsWith("--format=")) {
				String value = arg.equals("--format") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(9);
				formats = Format.parse(value);
				if (formats == null) {
					err.println("--format 只能是 docx、html 或 docx,html");
					return NianbaoCli.USAGE;
				}
			} else if (arg.equals("--force")) {
				force = true;
			} else if (arg.equals("-o") || arg.equals("--output")) {
				if (i + 1 >= args.size()) {
					err.println(arg + " 后面要写输出文件夹");
					return NianbaoCli.USAGE;
				}
				output = args.get(++i);
			} else if (arg.startsWith("--output=")) {
				output = arg.substring("--output=".length());
			} else if (arg.startsWith("-")) {
				err.println("未知选项：" + arg);
				err.println(USAGE);
				return NianbaoCli.USAGE;
			} else {
				paths.add(arg);
			}
		}
		if (paths.isEmpty()) {
			err.println(USAGE);
			return NianbaoCli.USAGE;
		}
		Path folder = null;
		if (output != null) {
			folder = Path.of(output).toAbsolutePath().normalize();
			if (Files.exists(folder) && !Files.isDirectory(folder)) {
				err.println("输出位置不是文件夹：" + output);
				return NianbaoCli.USAGE;
			}
			try {
				Files.createDirectories(folder);
			} catch (IOException e) {
				err.println("无法创建输出文件夹 " + output + "：" + WriteFailure.explain(e));
				return NianbaoCli.PROBLEMS;
			}
		}
		SourceFiles files = NianbaoCli.sources(paths, err);
		if (files == null) {
			return NianbaoCli.USAGE;
		}
		List<Path> explicit = paths.stream().map(p -> Path.of(p).toAbsolutePath().normalize())
				.filter(Files::isRegularFile).toList();
		Path base = Path.of("").toAbsolutePath();
		List<Format> chosen = formats;
		Map<Path, Path> claimed = claimTargets(files, folder, chosen);
		boolean forced = force;
		Path into = folder;
		Progress progress = interactive ? Progress.on(err, "生成") : Progress.silent();
		int[] counts = new int[2];
		batch.run(files, jobs, (workspace, file) -> generate(workspace, file, into, forced, explicit.contains(file),
				claimed, base, chosen), outcome -> {
					if (!outcome.out().isEmpty() || !outcome.err().isEmpty()) {
						progress.clear();
					}
					outcome.out().forEach(out::println);
					outcome.err().forEach(err::println);
					counts[0] += outcome.generated() ? 1 : 0;
					counts[1] += outcome.refused() ? 1 : 0;
				}, progress);
		int generated = counts[0];
		int refused = counts[1];
		if (generated == 0 && refused == 0) {
			err.println("没有找到要生成的报告");
			return NianbaoCli.PROBLEMS;
		}
		String what = chosen.size() == 1 ? " 个" + chosen.get(0).noun : " 份报告的" + nouns(chosen);
		out.println("已生成 " + generated + what + (refused > 0 ? "，" + refused + " 个未生成" : ""));
		return refused > 0 ? NianbaoCli.PROBLEMS : NianbaoCli.OK;
	}

	/** What one file gave: lines for standard output and for errors, and whether a document was written. */
	private record Outcome(List<String> out, List<String> err, boolean generated, boolean refused) {
	}

	/**
	 * Which source file may write each document: the first in order. Decided before the threads start, so
	 * that the same command line always refuses the same file.
	 */
	private Map<Path, Path> claimTargets(SourceFiles files, Path folder, List<Format> formats) {
		Map<Path, Path> claimed = new HashMap<>();
		for (Path file : files.targets()) {
			for (Format format : formats) {
				try {
					claimed.putIfAbsent(ReportExport.target(file, folder, writer(format)), file);
				} catch (IllegalArgumentException e) {
					// refused with its reason when the file's turn comes
				}
			}
		}
		return claimed;
	}

	private static String nouns(List<Format> formats) {
		return String.join("和", formats.stream().map(f -> f.noun).toList());
	}

	private Outcome generate(Workspace workspace, Path file, Path folder, boolean force, boolean explicit,
			Map<Path, Path> claimed, Path base, List<Format> formats) {
		String nouns = nouns(formats);
		List<String> out = new ArrayList<>();
		List<String> err = new ArrayList<>();
		EObject root = root(workspace.resource(file));
		String name = ReportProblem.display(file, base);
		if (root instanceof Form) {
			if (explicit) {
				err.add(name + "：这是格式文件，不是报告，不生成" + nouns);
			}
			return new Outcome(out, err, false, explicit);
		}
		List<ReportProblem> problems = workspace.validate(file);
		problems.forEach(p -> out.add(p.toText(base)));
		long errors = problems.stream().filter(ReportProblem::isError).count();
		if (!(root instanceof Report report)) {
			err.add(name + "：读不出报告内容，未生成" + nouns);
			return new Outcome(out, err, false, true);
		}
		if (errors > 0 && !force) {
			err.add(name + "：有 " + errors + " 个错误，未生成" + nouns + "（改正后再生成；确需先出草稿可加 --force）");
			return new Outcome(out, err, false, true);
		}
		for (Format format : formats) {
			ReportExport.Outcome result = ReportExport.export(report, file, folder, errors, force, writer(format),
					target -> file.equals(claimed.get(target)));
			if (!(result instanceof ReportExport.Outcome.Written w)) {
				err.add(name + "：" + whyNot(result, claimed, base, format));
				return new Outcome(out, err, false, true);
			}
			String forced = w.errors() > 0
					? "（已按 --force 强制生成：报告有 " + w.errors() + " 个错误，文档中的数字可能不全或不对）"
					: "";
			out.add("已生成 " + ReportProblem.display(w.target(), base) + forced);
		}
		return new Outcome(out, err, true, false);
	}

	private ReportWriter writer(Format format) {
		return format == Format.DOCX ? generator : htmlWriter;
	}

	private String whyNot(ReportExport.Outcome result, Map<Path, Path> claimed, Path base, Format format) {
		if (result instanceof ReportExport.Outcome.Refused r) {
			return "有 " + r.errors() + " 个错误，未生成" + format.noun + "（改正后再生成；确需先出草稿可加 --force）";
		}
		if (result instanceof ReportExport.Outcome.Taken t) {
			return "与 " + ReportProblem.display(claimed.get(t.target()), base) + " 会写到同一个文件 "
					+ ReportProblem.display(t.target(), base) + "，未生成";
		}
		if (result instanceof ReportExport.Outcome.Failed f) {
			return "无法写入 " + ReportProblem.display(f.target(), base) + "：" + f.reason() + "，原有文件未改动";
		}
		return ((ReportExport.Outcome.BadTarget) result).reason();
	}

	private static EObject root(Resource resource) {
		return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}

}
