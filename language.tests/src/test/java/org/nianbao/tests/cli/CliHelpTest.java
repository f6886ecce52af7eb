package org.nianbao.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.cli.NianbaoCli;

/** Help on every command, the version, and bad options that name the valid ones. */
class CliHelpTest {

	record Run(int code, String out, String err) {
	}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = NianbaoCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "generate", "new", "server" })
	void everyCommandHasHelpWithAnExample(String verb) {
		Run help = run("help", verb);
		assertEquals(NianbaoCli.OK, help.code(), help.err());
		assertTrue(help.out().startsWith("用法：nianbao " + verb), help.out());
		assertTrue(help.out().contains("示例：\n  nianbao " + verb), help.out());
		assertEquals(help, run(verb, "--help"));
		assertEquals(help, run(verb, "-h"));
	}

	@Test
	void theOverviewListsEveryCommand() {
		Run help = run("--help");
		assertEquals(NianbaoCli.OK, help.code());
		for (String verb : List.of("validate", "generate", "new", "server", "help")) {
			assertTrue(help.out().contains("\n  " + verb + " "), help.out());
		}
		assertEquals(help.out(), run("help").out());
		Run bare = run();
		assertEquals(NianbaoCli.USAGE, bare.code());
		assertEquals(help.out(), bare.err(), "without a command the overview goes to standard error");
	}

	@Test
	void theVersionNamesTheToolAndTheNationalForm() {
		Run version = run("--version");
		assertEquals(NianbaoCli.OK, version.code());
		assertTrue(version.out().startsWith("nianbao "), version.out());
		assertTrue(version.out().contains("国家格式2021《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"), version.out());
	}

	@Test
	void anUnknownOptionNamesTheValidOnes() {
		Run run = run("generate", "--bogus", "x.nianbao");
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
		Run unknown = run("frobnicate");
		assertEquals(NianbaoCli.USAGE, unknown.code());
		assertTrue(unknown.err().startsWith("未知命令：frobnicate（可用的命令：validate、generate、new"), unknown.err());
		Run help = run("help", "frobnicate");
		assertEquals(NianbaoCli.USAGE, help.code());
		assertTrue(help.err().startsWith("未知命令：frobnicate"), help.err());
		Run missing = run("generate", "x.nianbao", "-o");
		assertEquals(NianbaoCli.USAGE, missing.code());
		assertTrue(missing.err().startsWith("-o/--output 后面要写输出文件夹"), missing.err());
	}
}
