package org.nianbao.tests.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;

/**
 * The Java that tests running the jar as a process start: {@code -Dnianbao.process.java=JAVA_HOME} (CI runs these
 * tests again on Java 25 that way), else the Java running the tests.
 */
public final class ProcessJava {

	private ProcessJava() {
	}

	public static Path home() {
		String home = System.getProperty("nianbao.process.java");
		return Path.of(home == null || home.isBlank() ? System.getProperty("java.home") : home);
	}

	public static String java() {
		return home().resolve("bin").resolve("java").toString();
	}

	/** The second line of a java.util.logging record: "Dec 07, 2026 8:08:16 AM org.nianbao.… method", then "WARNING: …". */
	private static final Pattern LOG_RECORD = Pattern.compile("^\\w{3} \\d{1,2}, \\d{4} .* [\\w.$]+ \\S+$");

	/**
	 * A warning the JVM prints (Guice's sun.misc.Unsafe lines, a class-data archive that does not fit) fails the
	 * test; the server's own logged warnings (a record with its time and class) are what they are meant to be.
	 */
	public static void assertNoWarnings(String stderr) {
		List<String> lines = stderr.lines().toList();
		List<String> warnings = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			boolean logged = line.startsWith("WARNING: ") && i > 0 && LOG_RECORD.matcher(lines.get(i - 1)).matches();
			if ((line.contains("WARNING") || line.contains("[warning]")) && !logged) {
				warnings.add(line);
			}
		}
		Assertions.assertEquals(List.of(), warnings, () -> "on " + home() + ":\n" + stderr);
	}
}
