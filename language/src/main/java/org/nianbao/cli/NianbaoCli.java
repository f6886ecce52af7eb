package org.nianbao.cli;

import java.io.PrintStream;
import java.util.List;

import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.workspace.SourceFiles;

import com.google.inject.Injector;

/** The command line: one entry point, with verbs. */
public final class NianbaoCli {

	public static final int OK = 0;
	public static final int PROBLEMS = 1;
	public static final int USAGE = 2;

	static final String USAGE_TEXT = String.join("\n",
			"用法：nianbao <命令> [参数]",
			"",
			"  validate 文件或文件夹... [--format text|json|csv] [--report 汇总.html]",
			"                                                  检查报告，列出所有错误和警告；--report 另写一页汇总网页",
			"  generate 文件或文件夹... [-o 输出文件夹] [--format docx|html|docx,html] [--force]",
			"                                                  生成 Word 文档（NAME.docx）或网页（NAME.html），默认写在",
			"                                                  报告旁边；有错误的报告不生成，--force 强制生成",
			"  以上两个命令都可加 -j 线程数：同时处理几份报告（默认为处理器核数）；在终端里显示进度",
			"  server                                          以 stdio 启动语言服务器（LSP）",
			"  help                                            显示本说明");

	private NianbaoCli() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return run(args, out, err, false);
	}

	/** The report files the arguments name; null, each missing one said on {@code err}, when any is missing. */
	static SourceFiles sources(List<String> paths, PrintStream err) {
		SourceFiles files = new SourceFiles(paths);
		files.missing().forEach(missing -> err.println("找不到文件或文件夹：" + missing));
		return files.missing().isEmpty() ? files : null;
	}

	/** {@code interactive}: the output is a terminal, so batch commands show their progress on {@code err}. */
	public static int run(List<String> args, PrintStream out, PrintStream err, boolean interactive) {
		if (args.isEmpty() || List.of("help", "-h", "--help").contains(args.get(0))) {
			(args.isEmpty() ? err : out).println(USAGE_TEXT);
			return args.isEmpty() ? USAGE : OK;
		}
		String verb = args.get(0);
		List<String> rest = args.subList(1, args.size());
		Injector injector = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		if (verb.equals("validate")) {
			return injector.getInstance(ValidateCommand.class).run(rest, out, err, interactive);
		}
		if (verb.equals("generate")) {
			return injector.getInstance(GenerateCommand.class).run(rest, out, err, interactive);
		}
		err.println("未知命令：" + verb);
		err.println(USAGE_TEXT);
		return USAGE;
	}
}
