package org.nianbao.tests.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.NianbaoStandaloneSetup;

import com.google.inject.Injector;

/** Parses and validates report texts in memory, several files in one resource set when names cross files. */
public final class Validation {

	public static final Injector INJECTOR = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();

	private Validation() {
	}

	/** Loads the files (name → text) into one fresh resource set and returns the resource of the first. */
	public static XtextResourceSet load(Map<String, String> files) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		for (Map.Entry<String, String> file : files.entrySet()) {
			Resource resource = set.createResource(URI.createURI("memory:/" + file.getKey()));
			try {
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return set;
	}

	/** Parses a report as if it were a file in examples/, so that paths to other examples resolve. */
	public static Resource parse(String text) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createFileURI(TestFiles.examples().resolve("under-test.nianbao").toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	public static List<Issue> issues(Resource resource) {
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public static List<Issue> issues(String text) {
		return issues(parse(text));
	}

	public static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ": " + i.getSeverity() + " " + i.getCode() + " " + i.getMessage())
				.toList().toString();
	}
}
