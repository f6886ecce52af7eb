package org.nianbao.tests.support;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.nianbao.Report;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;

/**
 * Xtext's ParseHelper and ValidationTestHelper for report texts that stand where reports stand: as a file in
 * examples/ (so that paths to other examples resolve), or several files in one resource set when names cross files.
 * Broken texts too: these return the resource, which a text without a report still has.
 */
public final class Validation {

	private static final ParseHelper<Report> PARSER = TestInjector.INJECTOR
			.getInstance(Key.get(new TypeLiteral<ParseHelper<Report>>() {
			}));
	private static final ValidationTestHelper VALIDATOR = TestInjector.get(ValidationTestHelper.class);

	private Validation() {
	}

	/** Loads the files (name → text) into one fresh resource set and returns the set. */
	public static XtextResourceSet load(Map<String, String> files) {
		XtextResourceSet set = TestInjector.get(XtextResourceSet.class);
		files.forEach((name, text) -> parse(text, URI.createURI("memory:/" + name), set));
		return set;
	}

	/** Parses a report as if it were a file in examples/, so that paths to other examples resolve. */
	public static Resource parse(String text) {
		return parse(text, URI.createFileURI(TestFiles.examples().resolve("under-test.nianbao").toString()),
				TestInjector.get(XtextResourceSet.class));
	}

	private static Resource parse(String text, URI uri, XtextResourceSet set) {
		try {
			PARSER.parse(text, uri, set);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return set.getResource(uri, false);
	}

	public static List<Issue> issues(Resource resource) {
		return VALIDATOR.validate(resource);
	}

	public static List<Issue> issues(String text) {
		return issues(parse(text));
	}

	public static String describe(List<Issue> issues) {
		return issues.stream()
				.map(i -> i.getLineNumber() + ": " + i.getSeverity() + " " + i.getCode() + " " + i.getMessage())
				.toList().toString();
	}
}
