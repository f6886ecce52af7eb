package org.nianbao.tests.fuzz;

import org.nianbao.issues.IssueCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.workspace.ReportProblem;
import org.nianbao.workspace.Workspace;
import org.nianbao.docx.DocxGenerator;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.support.ErrorLog;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.TestInjector;

/**
 * Runs one input the way a user's file is run: parse, validate, what an editor asks of the server (formatting,
 * hover, completion, quick fixes: {@link FuzzIdeServices}), and generate the document even when the report has
 * errors (as {@code --force} does). Says what went wrong: an exception that escaped, an exception a validator threw
 * that Xtext only logged, a diagnostic without a line, a formatting or fix that loses text, a document Word could
 * not open.
 */
final class FuzzTarget {

	static {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		// a megabyte of one repeated phrase compresses better than POI's reader trusts; Word opens it
		org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0);
	}

	/** How long the last text's stages took on this thread, for a mutant that ran too long. */
	static final ThreadLocal<String> STAGES = ThreadLocal.withInitial(String::new);

	private FuzzTarget() {
	}

	/** Text as if it were the file {@code beside} (so relative paths to other reports resolve from there). */
	static List<String> runText(String text, Path beside, boolean reopen) {
		List<String> failures = new ArrayList<>();
		try (ErrorLog log = ErrorLog.capture()) {
			try {
				long t0 = System.nanoTime();
				XtextResourceSet set = FuzzIdeServices.resourceSet();
				Resource resource = set.createResource(URI.createFileURI(beside.toAbsolutePath().toString()));
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
				List<Issue> issues = Validation.issues(resource);
				for (Issue issue : issues) {
					if (issue.getLineNumber() == null || issue.getLineNumber() < 1 || issue.getMessage() == null
							|| issue.getMessage().isBlank()) {
						failures.add("diagnostic without a line or message: " + issue);
					}
				}
				long t1 = System.nanoTime();
				FuzzIdeServices.run((XtextResource) resource, text, issues, new Random(text.hashCode()), failures);
				long t2 = System.nanoTime();
				generate(root(resource), reopen, failures);
				STAGES.set(String.format("parse and validate %d ms, editor services %d ms, generate %d ms",
						(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000));
			} catch (Throwable e) {
				failures.add("exception: " + trace(e));
			}
			log.entries().forEach(entry -> failures.add("logged at ERROR: " + entry));
		}
		return failures;
	}

	/** Bytes as a file on disk, loaded through the command line's {@link Workspace} (which checks UTF-8). */
	static List<String> runFile(byte[] bytes, Path dir, boolean utf8, boolean reopen) {
		List<String> failures = new ArrayList<>();
		try (ErrorLog log = ErrorLog.capture()) {
			try {
				Path file = Files.createDirectories(dir).resolve("fuzz-mutant.nianbao").toAbsolutePath().normalize();
				Files.write(file, bytes);
				Workspace workspace = TestInjector.get(Workspace.class);
				workspace.load(List.of(file));
				List<ReportProblem> problems = workspace.validate(file);
				for (ReportProblem problem : problems) {
					if (problem.line() < 1 || problem.message() == null || problem.message().isBlank()) {
						failures.add("diagnostic without a line or message: " + problem);
					}
				}
				boolean notUtf8 = problems.stream().anyMatch(p -> IssueCodes.NOT_UTF8.equals(p.code()));
				if (notUtf8 == utf8) {
					failures.add(utf8
							? "UTF-8 file reported as not UTF-8"
							: "a file not in UTF-8 was not reported: " + problems);
				}
				if (!utf8 && workspace.resource(file) != null) {
					failures.add("a file not in UTF-8 was loaded anyway");
				}
				generate(root(workspace.resource(file)), reopen, failures);
			} catch (Throwable e) {
				failures.add("exception: " + trace(e));
			}
			log.entries().forEach(entry -> failures.add("logged at ERROR: " + entry));
		}
		return failures;
	}

	private static EObject root(Resource resource) {
		return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}

	/** Generates as --force would, and re-opens the document as Word would. */
	private static void generate(EObject root, boolean reopen, List<String> failures) throws IOException {
		if (!(root instanceof Report report)) {
			return;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XWPFDocument document = TestInjector.get(DocxGenerator.class).build(report)) {
			document.write(bytes);
		}
		if (!reopen) {
			return;
		}
		try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
			if (reopened.getParagraphs().isEmpty()) {
				failures.add("generated document has no paragraphs");
			}
		} catch (Exception e) {
			failures.add("generated document does not open: " + trace(e));
		}
	}

	static String trace(Throwable e) {
		StringWriter text = new StringWriter();
		e.printStackTrace(new PrintWriter(text));
		String[] lines = text.toString().split("\n");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < Math.min(lines.length, 30); i++) {
			out.append(lines[i].stripTrailing()).append('\n');
		}
		return out.toString();
	}
}
