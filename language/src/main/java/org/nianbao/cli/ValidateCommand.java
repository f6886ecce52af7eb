package org.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nianbao validate PATH... [--format text|json] [-j N]}: every problem of every report, and an exit code. */
@Command(name = "validate", description = "检查报告，列出所有错误和警告（文件名:行:列: 级别 [代码] 说明）；有错误时退出码为 1。", footer = {
		"  nianbao validate 某镇2024.nianbao", "  nianbao validate 报告文件夹 --format json" })
public class ValidateCommand implements Callable<Integer> {

	@Inject
	private BatchRunner batch;

	@Mixin
	private HelpOption help;

	@Mixin
	private JobsOption jobsOption;

	@Option(names = "--format", paramLabel = "text|json", description = "输出格式：text（默认，每个问题一行）或 json")
	private String format = "text";

	@Parameters(arity = "0..*", paramLabel = "文件或文件夹", description = "报告文件（.nianbao），或文件夹（其中全部报告，含子文件夹）")
	private List<String> paths = new ArrayList<>();

	private final CliContext context;

	public ValidateCommand(CliContext context) {
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
		if (!format.equals("text") && !format.equals("json")) {
			err.println("--format 只能是 text 或 json");
			return NianbaoCli.USAGE;
		}
		if (paths.isEmpty()) {
			err.println("用法：nianbao validate 文件或文件夹... [--format text|json] [-j 线程数]");
			return NianbaoCli.USAGE;
		}
		context.inject(this);
		SourceFiles files = new SourceFiles(paths);
		for (String missing : files.missing()) {
			err.println("找不到文件或文件夹：" + missing);
		}
		if (!files.missing().isEmpty()) {
			return NianbaoCli.USAGE;
		}
		boolean text = format.equals("text");
		Path base = Path.of("").toAbsolutePath();
		Progress progress = context.interactive ? Progress.on(err, "检查") : Progress.silent();
		List<ReportProblem> problems = new ArrayList<>();
		batch.run(files, jobs, Workspace::validate, found -> {
			problems.addAll(found);
			if (text && !found.isEmpty()) {
				progress.clear();
				found.forEach(p -> out.println(p.toText(base)));
			}
		}, progress);
		long errors = problems.stream().filter(ReportProblem::isError).count();
		long warnings = problems.stream().filter(p -> "warning".equals(p.severity())).count();
		if (text) {
			out.println("已检查 " + files.targets().size() + " 个文件：" + errors + " 个错误，" + warnings + " 个警告");
		} else {
			out.println(json(files.targets().size(), problems, errors, warnings, base));
		}
		return errors > 0 ? NianbaoCli.PROBLEMS : NianbaoCli.OK;
	}

	private static String json(int fileCount, List<ReportProblem> problems, long errors, long warnings, Path base) {
		JsonObject root = new JsonObject();
		root.addProperty("files", fileCount);
		root.addProperty("errors", errors);
		root.addProperty("warnings", warnings);
		JsonArray list = new JsonArray();
		for (ReportProblem p : problems) {
			JsonObject o = new JsonObject();
			o.addProperty("file", ReportProblem.display(p.file(), base));
			o.addProperty("line", p.line());
			o.addProperty("column", p.column());
			o.addProperty("severity", p.severity());
			o.addProperty("code", p.code());
			o.addProperty("message", p.message());
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
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
	}
}
