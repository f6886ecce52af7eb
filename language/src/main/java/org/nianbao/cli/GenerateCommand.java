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
import org.nianbao.docx.OutputPaths;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * {@code nianbao generate PATH... [-o DIR] [--force]}: a Word document for every report, written beside it
 * or into DIR. A report with errors is refused unless forced; a document is written whole or not at all.
 */
public class GenerateCommand {

	static final String USAGE = "用法：nianbao generate 文件或文件夹... [-o 输出文件夹] [--force]";

	static {
		// POI logs through Log4j 2, which otherwise complains on stderr that it has no logging back end.
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
	}

	@Inject
	private Provider<Workspace> workspaces;

	@Inject
	private DocxGenerator generator;

	public int run(List<String> args, PrintStream out, PrintStream err) {
		boolean force = false;
		String output = null;
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--force")) {
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
		SourceFiles files = new SourceFiles(paths);
		for (String missing : files.missing()) {
			err.println("找不到文件或文件夹：" + missing);
		}
		if (!files.missing().isEmpty()) {
			return NianbaoCli.USAGE;
		}
		List<Path> explicit = paths.stream().map(p -> Path.of(p).toAbsolutePath().normalize())
				.filter(Files::isRegularFile).toList();
		Workspace workspace = workspaces.get();
		workspace.load(files.targets());
		workspace.load(files.context());
		Path base = Path.of("").toAbsolutePath();
		Map<Path, Path> written = new HashMap<>();
		int generated = 0;
		int refused = 0;
		for (Path file : files.targets()) {
			EObject root = root(workspace.resource(file));
			if (root instanceof Form) {
				if (explicit.contains(file)) {
					err.println(ReportProblem.display(file, base) + "：这是格式文件，不是报告，不生成 Word 文档");
					refused++;
				}
				continue;
			}
			List<ReportProblem> problems = workspace.validate(file);
			problems.forEach(p -> out.println(p.toText(base)));
			long errors = problems.stream().filter(ReportProblem::isError).count();
			String name = ReportProblem.display(file, base);
			if (!(root instanceof Report report)) {
				err.println(name + "：读不出报告内容，未生成 Word 文档");
				refused++;
				continue;
			}
			if (errors > 0 && !force) {
				err.println(name + "：有 " + errors + " 个错误，未生成 Word 文档（改正后再生成；确需先出草稿可加 --force）");
				refused++;
				continue;
			}
			Path target;
			try {
				target = OutputPaths.docxFor(file, folder);
			} catch (IllegalArgumentException e) {
				err.println(name + "：" + e.getMessage());
				refused++;
				continue;
			}
			Path earlier = written.putIfAbsent(target, file);
			if (earlier != null) {
				err.println(name + "：与 " + ReportProblem.display(earlier, base) + " 会写到同一个文件 "
						+ ReportProblem.display(target, base) + "，未生成");
				refused++;
				continue;
			}
			try {
				generator.write(report, target);
			} catch (IOException | RuntimeException e) {
				err.println(name + "：无法写入 " + ReportProblem.display(target, base) + "：" + WriteFailure.explain(e) + "，原有文件未改动");
				refused++;
				continue;
			}
			generated++;
			String forced = errors > 0 ? "（已按 --force 强制生成：报告有 " + errors + " 个错误，文档中的数字可能不全或不对）" : "";
			out.println("已生成 " + ReportProblem.display(target, base) + forced);
		}
		if (generated == 0 && refused == 0) {
			err.println("没有找到要生成的报告");
			return NianbaoCli.PROBLEMS;
		}
		out.println("已生成 " + generated + " 个 Word 文档" + (refused > 0 ? "，" + refused + " 个未生成" : ""));
		return refused > 0 ? NianbaoCli.PROBLEMS : NianbaoCli.OK;
	}

	private static EObject root(Resource resource) {
		return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}

}
