package org.nianbao.cli;

import picocli.CommandLine.Option;

/** {@code -h} / {@code --help} on every command. */
final class HelpOption {

	@Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本命令的说明和示例")
	boolean requested;
}
