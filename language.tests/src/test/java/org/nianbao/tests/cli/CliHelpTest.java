package org.nianbao.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.cli.NianbaoCli;

/** Help on every command, the version, and bad options that name the valid ones. */
class CliHelpTest {

	@ParameterizedTest
	@ValueSource(strings = {"validate", "generate", "new", "server"})
	void everyCommandHasHelpWithAnExample(String verb) {
		CommandLineRun help = CommandLineRun.of("help", verb);
		assertEquals(NianbaoCli.OK, help.code(), help.err());
		assertTrue(help.out().startsWith("用法：nianbao " + verb), help.out());
		assertTrue(help.out().contains("示例：\n  nianbao " + verb), help.out());
		assertEquals(help, CommandLineRun.of(verb, "--help"));
		assertEquals(help, CommandLineRun.of(verb, "-h"));
	}

	/** The language is set up early, on another thread, for a verb that checks reports, never for help. */
	@Test
	void onlyVerbsThatReadReportsSetUpTheLanguageEarly() {
		for (String verb : List.of("validate", "generate", "new", "import")) {
			assertTrue(NianbaoCli.needsLanguage(List.of(verb, "a.nianbao")), verb);
			assertFalse(NianbaoCli.needsLanguage(List.of(verb, "--help")), verb);
			assertFalse(NianbaoCli.needsLanguage(List.of(verb, "a.nianbao", "-h")), verb);
		}
		for (List<String> args : List.of(List.<String>of(), List.of("help", "validate"), List.of("server"),
				List.of("--version"), List.of("valdate", "a.nianbao"))) {
			assertFalse(NianbaoCli.needsLanguage(args), args::toString);
		}
	}

	@Test
	void theOverviewListsEveryCommand() {
		CommandLineRun help = CommandLineRun.of("--help");
		assertEquals(NianbaoCli.OK, help.code());
		for (String verb : List.of("validate", "generate", "new", "server", "help")) {
			assertTrue(help.out().contains("\n  " + verb + " "), help.out());
		}
		assertEquals(help.out(), CommandLineRun.of("help").out());
		CommandLineRun bare = CommandLineRun.of();
		assertEquals(NianbaoCli.USAGE, bare.code());
		assertEquals(help.out(), bare.err(), "without a command the overview goes to standard error");
	}

	@Test
	void theVersionNamesTheToolAndTheNationalForm() {
		CommandLineRun version = CommandLineRun.of("--version");
		assertEquals(NianbaoCli.OK, version.code());
		assertTrue(version.out().startsWith("nianbao "), version.out());
		assertTrue(version.out().contains("国家格式2021《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"), version.out());
	}

	@Test
	void anUnknownOptionNamesTheValidOnes() {
		CommandLineRun run = CommandLineRun.of("generate", "--bogus", "x.nianbao");
		assertEquals(NianbaoCli.USAGE, run.code());
		assertTrue(run.err().startsWith("未知选项：--bogus（generate 可用的选项："), run.err());
		for (String option : List.of("-o/--output", "--force", "-j/--jobs", "-h/--help")) {
			assertTrue(run.err().lines().findFirst().orElseThrow().contains(option), run.err());
		}
		assertTrue(run.err().contains("用法：nianbao generate"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void unknownCommandsAndMissingValuesAreUsageErrors() {
		CommandLineRun unknown = CommandLineRun.of("frobnicate");
		assertEquals(NianbaoCli.USAGE, unknown.code());
		assertTrue(unknown.err().startsWith("未知命令：frobnicate（可用的命令：validate、generate、new"), unknown.err());
		CommandLineRun help = CommandLineRun.of("help", "frobnicate");
		assertEquals(NianbaoCli.USAGE, help.code());
		assertTrue(help.err().startsWith("未知命令：frobnicate"), help.err());
		CommandLineRun missing = CommandLineRun.of("generate", "x.nianbao", "-o");
		assertEquals(NianbaoCli.USAGE, missing.code());
		assertTrue(missing.err().startsWith("-o/--output 后面要写输出文件夹"), missing.err());
	}
}
