package org.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.nianbao.docx.DocxGenerator;
import org.nianbao.export.OutputPaths;
import org.nianbao.export.ReportExport;
import org.nianbao.export.ReportWriter;
import org.nianbao.html.HtmlWriter;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.workspace.ReportProblem;
import org.nianbao.workspace.SourceFiles;
import org.nianbao.workspace.Workspace;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nianbao generate PATH... [-o DIR] [--format docx,html] [--force] [--name file|organ] [-j N]}: a Word document
 * and/or a web page for every report, written beside it or into DIR, through the one export policy (refused on errors
 * unless forced, written whole or not at all).
 */
@Command(name = "generate", description = {"为每份报告生成 Word 文档（默认 NAME.docx，写在报告旁边）或网页（NAME.html）。",
		"有错误的报告不生成；--force 强制生成草稿。"}, footer = {"  nianbao generate 某镇2024.nianbao",
				"  nianbao generate 报告文件夹 -o 文档 --format docx,html",
				"  nianbao generate 报告文件夹 -o 文档 --force"})
public class GenerateCommand implements Callable<Integer> {

	static final String USAGE = "用法：nianbao generate 文件或文件夹... [-o 输出文件夹] [--format docx|html|docx,html] [--force] [--name file|organ] [-j 线程数]";

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
				Format format = switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
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

	@Mixin
	@SuppressWarnings("UnusedVariable") // picocli reads its --help
	private HelpOption help;

	@Mixin
	private JobsOption jobsOption;

	@Option(names = {"-o", "--output"}, paramLabel = "输出文件夹", description = "把文档写到这个文件夹（没有就创建）")
	private String output;

	@Option(names = "--force", description = "有错误也生成草稿（每页页眉标明“草稿：报告尚有 N 个错误，不得发布”）")
	private boolean force;

	@Option(names = "--format", paramLabel = "docx|html|docx,html", description = "生成 Word 文档（docx，默认）、网页（html），或两者")
	private String format = "docx";

	@Option(names = "--name", paramLabel = "file|organ", description = {"文档的文件名：file（默认，与报告文件同名，NAME.docx）",
			"或 organ（机关名称+年度+政府信息公开工作年度报告.docx，各机关发布时的命名）"})
	private String naming = "file";

	@Parameters(arity = "0..*", paramLabel = "文件或文件夹", description = "报告文件（.nianbao），或文件夹（其中全部报告，含子文件夹）")
	private List<String> paths = new ArrayList<>();

	private final Map<Path, Path> claimedByOrgan = new java.util.concurrent.ConcurrentHashMap<>();

	private final CliContext context;

	public GenerateCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		PrintStream out = context.out;
		PrintStream err = context.err;
		int jobs = jobsOption.threads(context);
		if (jobs < 1) {
			return NianbaoCli.USAGE;
		}
		if (!naming.equals("file") && !naming.equals("organ")) {
			err.println("--name 只能是 file 或 organ");
			return NianbaoCli.USAGE;
		}
		List<Format> formats = Format.parse(format);
		if (formats == null) {
			err.println("--format 只能是 docx、html 或 docx,html");
			return NianbaoCli.USAGE;
		}
		if (paths.isEmpty()) {
			err.println(USAGE);
			return NianbaoCli.USAGE;
		}
		Path folder = output == null ? null : OutputFolder.prepare(output, err);
		if (output != null && folder == null) {
			return Files.exists(Path.of(output)) ? NianbaoCli.USAGE : NianbaoCli.PROBLEMS; // not a folder, or it cannot be made
		}
		context.inject(this);
		SourceFiles files = NianbaoCli.sources(paths, err);
		if (files == null) {
			return NianbaoCli.USAGE;
		}
		List<Path> explicit = paths.stream().map(p -> Path.of(p).toAbsolutePath().normalize())
				.filter(Files::isRegularFile).toList();
		Path base = Path.of("").toAbsolutePath();
		Map<Path, Path> claimed = claimTargets(files, folder, formats);
		Path into = folder;
		Progress progress = context.interactive ? Progress.on(err, "生成") : Progress.silent();
		int[] counts = new int[2];
		batch.run(files, jobs,
				(workspace, file) -> generate(workspace, file, into, explicit.contains(file), claimed, base,
						formats),
				outcome -> {
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
			err.println("没有找到要生成的报告" + PublishedFiles.hint(paths));
			return NianbaoCli.PROBLEMS;
		}
		String what = formats.size() == 1 ? " 个" + formats.get(0).noun : " 份报告的" + nouns(formats);
		out.println("已生成 " + generated + what + (refused > 0 ? "，" + refused + " 个未生成" : ""));
		return refused > 0 ? NianbaoCli.PROBLEMS : NianbaoCli.OK;
	}

	/** What one file gave: lines for standard output and for errors, and whether a document was written. */
	private record Outcome(List<String> out, List<String> err, boolean generated, boolean refused) {
	}

	/**
	 * Which source file may write each document: the first in order. Decided before the threads start, so that the
	 * same command line always refuses the same file. (Names from organ and year are claimed as reports are read.)
	 */
	private Map<Path, Path> claimTargets(SourceFiles files, Path folder, List<Format> formats) {
		Map<Path, Path> claimed = new HashMap<>();
		for (Path file : files.targets()) {
			for (Format f : formats) {
				try {
					claimed.putIfAbsent(ReportExport.target(file, folder, writer(f)), file);
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

	private ReportWriter writer(Format f) {
		return f == Format.DOCX ? generator : htmlWriter;
	}

	private Outcome generate(Workspace workspace, Path file, Path folder, boolean explicit, Map<Path, Path> claimed,
			Path base, List<Format> formats) {
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
		for (Format f : formats) {
			Path target;
			try {
				target = naming.equals("organ")
						? OutputPaths.organFor(file, folder, report.getOrgan(), report.getYear(), f.extension)
						: ReportExport.target(file, folder, writer(f));
			} catch (IllegalArgumentException e) {
				err.add(name + "：" + e.getMessage());
				return new Outcome(out, err, false, true);
			}
			// names from organ and year are known only once a report is read: the first report read claims its name
			Path earlier = naming.equals("organ")
					? claimedByOrgan.computeIfAbsent(target, t -> file)
					: claimed.get(target);
			if (!file.equals(earlier)) {
				err.add(name + "：与 " + ReportProblem.display(earlier, base) + " 会写到同一个文件 "
						+ ReportProblem.display(target, base) + "，未生成");
				return new Outcome(out, err, false, true);
			}
			ReportExport.Outcome result = ReportExport.exportTo(report, target, errors, force, writer(f));
			if (result instanceof ReportExport.Outcome.Failed failed) {
				err.add(name + "：无法写入 " + ReportProblem.display(failed.target(), base) + "：" + failed.reason()
						+ "，原有文件未改动");
				return new Outcome(out, err, false, true);
			}
			if (result instanceof ReportExport.Outcome.BadTarget bad) {
				err.add(name + "：" + bad.reason());
				return new Outcome(out, err, false, true);
			}
			String forced = errors > 0
					? "（已按 --force 强制生成草稿：报告有 " + errors + " 个错误，文档中标明“草稿”，数字可能不全或不对）"
					: "";
			out.add("已生成 " + ReportProblem.display(target, base) + forced);
		}
		return new Outcome(out, err, true, false);
	}

	private static EObject root(Resource resource) {
		return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}
}
