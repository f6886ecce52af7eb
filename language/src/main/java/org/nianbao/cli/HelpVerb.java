package org.nianbao.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nianbao help [COMMAND]}: the usage of one command, or of all. */
@Command(name = "help", helpCommand = true, description = "显示某个命令的说明和示例", footer = "  nianbao help generate")
final class HelpVerb implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "0..1", paramLabel = "命令", description = "要看说明的命令")
	private String command;

	private final CliContext context;

	HelpVerb(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		CommandLine top = spec.commandLine().getParent();
		if (command == null) {
			top.usage(context.out);
			return NianbaoCli.OK;
		}
		CommandLine sub = top.getSubcommands().get(command);
		if (sub == null) {
			context.err.println("未知命令：" + command + "（可用的命令：" + String.join("、", top.getSubcommands().keySet()) + "）");
			return NianbaoCli.USAGE;
		}
		sub.usage(context.out);
		return NianbaoCli.OK;
	}
}
