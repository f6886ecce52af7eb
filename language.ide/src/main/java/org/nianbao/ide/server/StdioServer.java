package org.nianbao.ide.server;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import org.nianbao.GuiceOptions;
import org.nianbao.StartupWarmup;

import com.google.inject.Guice;

/**
 * The language server over stdin/stdout. Standard output carries the protocol and nothing else: whatever the
 * server or a library prints goes to standard error, so its messages stay readable in the editor's log.
 * The protocol is UTF-8 (lsp4j's framing) and reports are read as UTF-8 (the runtime module), whatever the
 * platform's charset. The first line on standard error says which Java runs the server. Options: {@code -trace} writes every message to standard error.
 */
public final class StdioServer {

	private StdioServer() {
	}

	public static int run(List<String> options) {
		GuiceOptions.apply();
		InputStream in = System.in;
		OutputStream out = System.out;
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		// before the setup thread starts: log4j, configured when the first class of Xtext with a logger loads, keeps the
		// System.out of that moment for its console appender, and Xtext's log must not go into the protocol
		System.setErr(err);
		System.setOut(err);
		System.setIn(new ByteArrayInputStream(new byte[0]));
		NianbaoServerModule module = new NianbaoServerModule(); // then at once: the languages set up meanwhile
		StartupWarmup.dateFormats(); // before the setup needs them: this thread has time to spare, the setup none
		err.println(startupLine());
		LanguageServerImpl server = Guice.createInjector(module).getInstance(LanguageServerImpl.class);
		PrintWriter trace = options.contains("-trace")
				? new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true)
				: null;
		StartupWarmup.lexer(); // while the setup still runs: making the launcher waits for it anyway
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out, true, trace);
		server.connect(launcher.getRemoteProxy());
		try {
			launcher.startListening().get();
			return 0; // the client closed the connection without "exit"
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		} catch (ExecutionException e) {
			err.println("语言服务器连接中断：" + e.getCause());
			return 1;
		}
	}

	/** The first line of the editor's server log: which server, on which Java (what users are asked first). */
	static String startupLine() {
		String version = StdioServer.class.getPackage().getImplementationVersion();
		return "Nianbao 语言服务器" + (version == null ? "" : " " + version) + " 启动：Java "
				+ System.getProperty("java.version")
				+ "（" + System.getProperty("java.vendor") + "，" + System.getProperty("java.home") + "），文件编码 "
				+ System.getProperty("file.encoding") + "，最大内存 " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
				+ " MB";
	}
}
