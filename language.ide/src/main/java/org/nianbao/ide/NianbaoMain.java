package org.nianbao.ide;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.nianbao.GuiceOptions;
import org.nianbao.cli.NianbaoCli;
import org.nianbao.ide.server.StdioServer;

/** The runnable jar's entry point: {@code server} starts the language server, other verbs go to the command line. */
public final class NianbaoMain {

	private NianbaoMain() {
	}

	public static void main(String[] args) {
		GuiceOptions.apply(); // before the server's injector, which is made before the language's
		List<String> arguments = Arrays.asList(args);
		if (!arguments.isEmpty() && arguments.get(0).equals("server") && !arguments.contains("-h")
				&& !arguments.contains("--help")) {
			System.exit(StdioServer.run(arguments.subList(1, arguments.size())));
		}
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		int code;
		try {
			code = NianbaoCli.run(arguments, out, err, Terminal.attached());
		} catch (RuntimeException e) {
			err.println("内部错误：" + e);
			code = 3;
		}
		out.flush();
		System.exit(code);
	}
}
