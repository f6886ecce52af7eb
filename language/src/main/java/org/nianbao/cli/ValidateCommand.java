package org.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.audit.AuditPage;
import org.nianbao.audit.AuditRows;
import org.nianbao.audit.AuditedReport;
import org.nianbao.audit.Problem;
import org.nianbao.audit.ReportAuditor;
import org.nianbao.export.ReportExport;
import org.nianbao.workspace.ReportProblem;
import org.nianbao.workspace.SourceFiles;
import org.nianbao.workspace.Workspace;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nianbao validate PATH... [--format text|json|csv] [--report audit.html] [-j N]}: every problem of every report,
 * one row per report (CSV, JSON), an audit page over them all, and an exit code.
 */
@Command(name = "validate", description = {"检查报告，列出所有错误和警告（文件名:行:列: 级别: 说明 [代码]）；有错误时退出码为 1。",
		"报告中以 // 已核实 代码：原因 说明过的警告不计入警告，只在总数后注明（N 条已说明）；-v 也列出它们。",
		"--report 另写一页汇总网页（每份报告一行、内容雷同、缺报、全县数字）。"}, footer = {"  nianbao validate 某镇2024.nianbao",
				"  nianbao validate 报告文件夹 --format json", "  nianbao validate 全县报告 --report 汇总.html"})
public class ValidateCommand implements Callable<Integer> {

	static final String USAGE = "用法：nianbao validate 文件或文件夹... [--format text|json|csv] [--report 汇总.html] [-v] [-j 线程数]";

	@Inject
	private BatchRunner batch;

	@Inject
	private ReportAuditor auditor;

	@Mixin
	@SuppressWarnings("UnusedVariable") // picocli reads its --help
	private HelpOption help;

	@Mixin
	private JobsOption jobsOption;

	@Option(names = "--format", paramLabel = "text|json|csv", description = "输出格式：text（默认，每个问题一行）、json，或 csv（每份报告一行）")
	private String format = "text";

	@Option(names = {"-v", "--verbose"}, description = "也列出已说明的警告（报告中以 // 已核实 代码：原因 说明过的）及其原因")
	private boolean verbose;

	@Option(names = "--report", paramLabel = "汇总.html", description = "另写一页汇总网页，供上级政务公开办逐份查看")
	private String report;

	@Parameters(arity = "0..*", paramLabel = "文件或文件夹", description = "报告文件（.nianbao），或文件夹（其中全部报告，含子文件夹）")
	private List<String> paths = new ArrayList<>();

	private final CliContext context;

	public ValidateCommand(CliContext context) {
		this.context = context;
	}

	/** One file's diagnostics and what the audit reads of it. */
	private record Checked(List<ReportProblem> problems, AuditedReport audited) {
	}

	@Override
	public Integer call() {
		PrintStream out = context.out;
		PrintStream err = context.err;
		int jobs = jobsOption.threads(context);
		if (jobs < 1) {
			return NianbaoCli.USAGE;
		}
		if (!List.of("text", "json", "csv").contains(format)) {
			err.println("--format 只能是 text、json 或 csv");
			return NianbaoCli.USAGE;
		}
		if (paths.isEmpty()) {
			err.println(USAGE);
			return NianbaoCli.USAGE;
		}
		Path reportFile = null;
		if (report != null) {
			reportFile = Path.of(report).toAbsolutePath().normalize();
			if (Files.isDirectory(reportFile) || reportFile.getParent() == null) {
				err.println("无法写出汇总网页 " + report + "：这是一个文件夹");
				return NianbaoCli.USAGE;
			} // a missing folder is made when the page is written, as generate -o does
		}
		context.inject(this);
		SourceFiles files = NianbaoCli.sources(paths, err);
		if (files == null) {
			return NianbaoCli.USAGE;
		}
		if (files.targets().isEmpty()) {
			err.println("没有找到 .nianbao 报告，未检查任何文件" + PublishedFiles.hint(paths));
			return NianbaoCli.PROBLEMS;
		}
		boolean text = format.equals("text");
		boolean deep = reportFile != null;
		Path base = Path.of("").toAbsolutePath();
		Progress progress = context.interactive ? Progress.on(err, "检查") : Progress.silent();
		List<ReportProblem> problems = new ArrayList<>();
		List<AuditedReport> audited = new ArrayList<>();
		batch.run(files, jobs, (workspace, file) -> check(workspace, file, base, deep), found -> {
			problems.addAll(found.problems());
			audited.add(found.audited());
			List<ReportProblem> shown = found.problems().stream().filter(p -> verbose || !p.isExplained()).toList();
			if (text && !shown.isEmpty()) {
				progress.clear();
				shown.forEach(p -> out.println(p.toText(base)));
			}
		}, progress);
		long errors = problems.stream().filter(ReportProblem::isError).count();
		long warnings = problems.stream().filter(ReportProblem::isWarning).count();
		long explained = problems.stream().filter(ReportProblem::isExplained).count();
		if (text) {
			if (audited.size() > 1) {
				for (AuditedReport r : audited) {
					if (!r.problems().isEmpty()) {
						out.println(r.file() + ": " + r.errors() + " 个错误，" + r.warnings() + " 个警告"
								+ explainedNote(r.explained()));
					}
				}
			}
			out.println("已检查 " + files.targets().size() + " 个文件：" + errors + " 个错误，" + warnings + " 个警告"
					+ explainedNote(explained));
		} else if (format.equals("csv")) {
			out.print(AuditRows.csv(audited));
		} else {
			out.println(json(files.targets().size(), problems, audited, errors, warnings, explained, base));
		}
		if (reportFile != null) {
			String page = AuditPage.html(title(paths), audited);
			if (ReportExport.writePage(reportFile, page) instanceof ReportExport.Outcome.Failed failed) {
				err.println("无法写出汇总网页 " + report + "：" + failed.reason());
				return NianbaoCli.PROBLEMS;
			}
			err.println("已写出汇总网页 " + ReportProblem.display(reportFile, base));
		}
		return errors > 0 ? NianbaoCli.PROBLEMS : NianbaoCli.OK;
	}

	private Checked check(Workspace workspace, Path file, Path base, boolean deep) {
		List<ReportProblem> found = workspace.validate(file);
		Resource resource = workspace.resource(file);
		List<Problem> problems = new ArrayList<>();
		String[] lines = found.isEmpty() ? new String[0] : sourceLines(resource);
		for (ReportProblem p : found) {
			String line = p.line() >= 1 && p.line() <= lines.length ? lines[p.line() - 1] : "";
			problems.add(new Problem(p.line(), p.column(), p.severity(), p.message(), p.code(), line,
					p.isExplained() ? p.explanation().text() : null));
		}
		return new Checked(found, auditor.audit(ReportProblem.display(file, base), resource, problems, deep));
	}

	/** The file's text as parsed, by line; none when it could not be read. */
	private static String[] sourceLines(Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			return xtext.getParseResult().getRootNode().getText().split("\r?\n|\r", -1);
		}
		return new String[0];
	}

	private static String title(List<String> paths) {
		List<String> names = paths.stream().map(p -> {
			Path name = Path.of(p).toAbsolutePath().normalize().getFileName();
			return name == null ? p : name.toString();
		}).toList();
		return "政府信息公开工作年度报告检查汇总（" + String.join("、", names) + "）";
	}

	/** {@code （2 条已说明）} after the counts, when a person explained any warning. */
	private static String explainedNote(long explained) {
		return explained == 0 ? "" : "（" + explained + " 条已说明）";
	}

	private static String json(int fileCount, List<ReportProblem> problems, List<AuditedReport> audited, long errors,
			long warnings, long explained, Path base) {
		JsonObject root = new JsonObject();
		root.addProperty("files", fileCount);
		root.addProperty("errors", errors);
		root.addProperty("warnings", warnings);
		root.addProperty("explained", explained);
		JsonArray list = new JsonArray();
		for (ReportProblem p : problems) {
			JsonObject o = new JsonObject();
			o.addProperty("file", ReportProblem.display(p.file(), base));
			o.addProperty("line", p.line());
			o.addProperty("column", p.column());
			o.addProperty("severity", p.severity());
			o.addProperty("code", p.code());
			o.addProperty("message", p.message());
			if (p.isExplained()) {
				JsonObject explanation = new JsonObject();
				explanation.addProperty("line", p.explanation().line());
				explanation.addProperty("column", p.explanation().column());
				explanation.addProperty("reason", p.explanation().text());
				o.add("explained", explanation);
			}
			if (!p.related().isEmpty()) {
				JsonArray related = new JsonArray();
				for (var at : p.related()) {
					JsonObject r = new JsonObject();
					r.addProperty("line", at.line());
					r.addProperty("column", at.column());
					r.addProperty("message", at.message());
					related.add(r);
				}
				o.add("related", related);
			}
			list.add(o);
		}
		root.add("problems", list);
		root.add("reports", AuditRows.json(audited));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root);
	}
}
