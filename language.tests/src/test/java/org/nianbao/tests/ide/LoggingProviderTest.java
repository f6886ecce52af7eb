package org.nianbao.tests.ide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.TestFiles;

/** The jar's log carries no false alarm from log4j-api (used by PDFBox and POI), and still carries their errors. */
class LoggingProviderTest {

	/** Run in a JVM of its own with the jar first on the class path, as the server and the CLI run. */
	public static void main(String[] args) {
		LogManager.getLogger("org.apache.poi").error("a real error");
		LogManager.getLogger("org.apache.poi").info("not shown");
	}

	@Test
	void log4jFindsItsProviderAndErrorsStillShow() throws Exception {
		Path jar = TestFiles.jar();
		Assertions.assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
		Path classes = Path.of(LoggingProviderTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				jar + java.io.File.pathSeparator + classes, LoggingProviderTest.class.getName())
				.redirectErrorStream(true).start();
		Assertions.assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		Assertions.assertFalse(output.contains("could not find a logging provider"), output);
		Assertions.assertTrue(output.contains("a real error"), output);
		Assertions.assertFalse(output.contains("not shown"), output);
	}
}
