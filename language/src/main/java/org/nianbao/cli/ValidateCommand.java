package org.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.inject.Inject;

/** {@code nianbao validate PATH... [--format text|json]}: every problem of every report, and an exit code. */
public class ValidateCommand {

	@Inject
	private BatchRunner batch;

	public int run(List<String> args, PrintStream out, PrintStream err, boolean interactive) {
		String format = "text";
		int jobs = Jobs.all();
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ((arg.equals("-j") || arg.equals("--jobs")) && i + 1 < args.size()) {
				jobs = Jobs.parse(args.get(++i));
				if (jobs < 1) {
					err.println(arg + " 后面要写 1 到 256 之间的线程数");
					return NianbaoCli.USAGE;
				}
			} else if (arg.equals("--format") && i + 1 < args.size()) {
				format = args.get(++i);
			} else if (arg.startsWith("--format=")) {
				format = arg.substring("--format=".length());
			} else if (arg.startsWith("-")) {
				err.println("未知选项：" + arg);
				return NianbaoCli.USAGE;
			} else {
				paths.add(arg);
			}
		}
		if (!format.equals("text") && !format.equals("json")) {
			err.println("--format 只能是 text 或 json");
			return NianbaoCli.USAGE;
		}
		if (paths.isEmpty()) {
			err.println("用法：nianbao validate 文件或文件夹... [--format text|json] [-j 线程数]");
			return NianbaoCli.USAGE;
		}
		SourceFiles files = new SourceFiles(paths);
		for (String missing : files.missing()) {
			err.println("找不到文件或文件夹：" + missing);
		}
		if (!files.missing().isEmpty()) {
			return NianbaoCli.USAGE;
		}
		boolean text = format.equals("text");
		Path base = Path.of("").toAbsolutePath();
		Progress progress = interactive ? Progress.on(err, "检查") : Progress.silent();
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
