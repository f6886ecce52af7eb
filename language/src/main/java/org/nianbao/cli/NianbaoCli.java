package org.nianbao.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.nianbao.workspace.SourceFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The command line: one entry point, with verbs; each verb is a small class of its own. */
public final class NianbaoCli {

	public static final int OK = 0;
	public static final int PROBLEMS = 1;
	public static final int USAGE = 2;

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
		CliContext context = new CliContext(out, err, interactive);
		if (needsLanguage(args)) {
			context.prepareInjector();
		}
		CommandLine cli = commandLine(context, args.isEmpty() ? null : args.get(0));
		if (args.isEmpty()) {
			cli.usage(err);
			return USAGE;
		}
		return cli.execute(args.toArray(String[]::new));
	}

	/** A verb that reads or writes reports, not asked for its help: it will set up the language. */
	public static boolean needsLanguage(List<String> args) {
		return !args.isEmpty() && LANGUAGE_VERBS.contains(args.get(0))
				&& args.stream().noneMatch(arg -> arg.equals("-h") || arg.equals("--help"));
	}

	private static final Set<String> LANGUAGE_VERBS = Set.of("validate", "generate", "new", "import");

	/** Every verb, in the order help lists them; a new verb is one more entry here and a class of its own. */
	private static List<Object> verbs(CliContext context) {
		return List.of(new ValidateCommand(context), new GenerateCommand(context), new NewCommand(context),
				new ImportVerb(context), new ServerVerb(context), new HelpVerb(context));
	}

	/**
	 * The command line for arguments that start with {@code first}: with that verb alone when {@code first} names
	 * one (other than help), since picocli reads every verb's annotations when it is added (about 20 ms at each
	 * start for the five that are not run); with every verb otherwise, for help, usage and a mistyped verb.
	 */
	static CommandLine commandLine(CliContext context, String first) {
		CommandLine cli = new CommandLine(new Top(context));
		List<Object> verbs = verbs(context);
		boolean one = first != null && !first.equals("help")
				&& verbs.stream().anyMatch(verb -> name(verb).equals(first));
		for (Object verb : verbs) {
			if (!one || name(verb).equals(first)) {
				cli.addSubcommand(verb);
			}
		}
		cli.getCommandSpec().versionProvider(new VersionInfo(context));
		cli.setOut(new java.io.PrintWriter(
				new java.io.OutputStreamWriter(context.out, java.nio.charset.StandardCharsets.UTF_8), true));
		cli.setErr(new java.io.PrintWriter(
				new java.io.OutputStreamWriter(context.err, java.nio.charset.StandardCharsets.UTF_8), true));
		cli.setParameterExceptionHandler(new ParameterErrors(context));
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			throw ex;
		});
		cli.setUsageHelpAutoWidth(false);
		cli.setUsageHelpWidth(100);
		chineseHeadings(cli);
		return cli;
	}

	private static String name(Object verb) {
		return verb.getClass().getAnnotation(Command.class).name();
	}

	private static void chineseHeadings(CommandLine command) {
		UsageMessageSpec usage = command.getCommandSpec().usageMessage();
		usage.synopsisHeading("用法：").descriptionHeading("%n").parameterListHeading("%n参数：%n")
				.optionListHeading("%n选项：%n").commandListHeading("%n命令：%n").footerHeading("%n示例：%n");
		command.getSubcommands().values().forEach(NianbaoCli::chineseHeadings);
	}

	@Command(name = "nianbao", synopsisSubcommandLabel = "命令", description = {
			"政府信息公开工作年度报告：检查报告（勾稽关系、格式、编号），生成 Word 文档。",
			"每个命令的说明：nianbao help 命令，或 nianbao 命令 --help。"}, footer = {
					"  nianbao new 某县某镇人民政府 2025 -o 某镇2025.nianbao   新建 2025 年度报告",
					"  nianbao validate 报告文件夹                        检查文件夹里的全部报告",
					"  nianbao generate 某镇2024.nianbao                  生成 某镇2024.docx"})
	static final class Top implements Callable<Integer> {

		@Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本说明")
		boolean help;

		@Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本和内置的全国格式")
		boolean version;

		@Spec
		private CommandSpec spec;

		private final CliContext context;

		Top(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() {
			spec.commandLine().usage(context.err);
			return USAGE;
		}
	}
}
