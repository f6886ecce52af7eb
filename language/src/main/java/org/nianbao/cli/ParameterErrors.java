package org.nianbao.cli;

import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Bad arguments in words a clerk reads: what was wrong, what is valid, the usage; exit code {@link NianbaoCli#USAGE}. */
final class ParameterErrors implements IParameterExceptionHandler {

	private final CliContext context;

	ParameterErrors(CliContext context) {
		this.context = context;
	}

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		context.err.println(explain(ex, command));
		command.usage(context.err);
		return NianbaoCli.USAGE;
	}

	private static String explain(ParameterException ex, CommandLine command) {
		if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			if (first.startsWith("-")) {
				return "未知选项：" + first + "（" + command.getCommandName() + " 可用的选项：" + options(command) + "）";
			}
			if (command.getParent() == null) {
				return "未知命令：" + first + "（可用的命令：" + String.join("、", command.getSubcommands().keySet()) + "）";
			}
			return "多余的参数：" + first;
		}
		if (ex instanceof MissingParameterException missing) {
			List<ArgSpec> specs = missing.getMissing();
			return specs.stream().map(spec -> spec instanceof OptionSpec option
					? String.join("/", option.names()) + " 后面要写" + option.paramLabel()
					: "缺少" + spec.paramLabel()).collect(Collectors.joining("；"));
		}
		return "参数有误：" + ex.getMessage();
	}

	private static String options(CommandLine command) {
		return command.getCommandSpec().options().stream().map(o -> String.join("/", o.names()))
				.collect(Collectors.joining("、"));
	}
}
