package org.nianbao.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code nianbao server}: described here so that help lists it; the runnable jar starts the server itself before
 * the command line is read (the server lives in the ide module, which this module does not know).
 */
@Command(name = "server", description = {"以 stdio 启动语言服务器（LSP），供编辑器（VS Code 等）使用。",
		"编辑器自己启动它，一般无需手动运行。"}, footer = "  nianbao server")
final class ServerVerb implements Callable<Integer> {

	@Mixin
	@SuppressWarnings("UnusedVariable") // picocli reads its --help
	private HelpOption help;

	private final CliContext context;

	ServerVerb(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		context.err.println("语言服务器要从 nianbao.jar 启动：java -jar nianbao.jar server");
		return NianbaoCli.USAGE;
	}
}
