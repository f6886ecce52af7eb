package org.nianbao.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.ide.NianbaoIdeSetup;

import com.google.inject.Injector;

/**
 * What an editor asks of the server, asked of a fuzz mutant directly (the services the language server calls,
 * without the protocol): formatting, hover and completion at chosen offsets, and every quick fix of some of its
 * diagnostics, applied. A formatting that changes anything but spaces, or a fix whose result cannot be parsed
 * again, is a failure; so is any exception.
 */
final class FuzzIdeServices {

	static final Injector IDE = new NianbaoIdeSetup().createInjectorAndDoEMFRegistration();

	/** Quick fixes are tried for this many of a mutant's diagnostics (each fixed text is parsed again). */
	private static final int FIXED_DIAGNOSTICS = 3;
	private static final int HOVERS = 6;

	private FuzzIdeServices() {
	}

	/** A resource set of the IDE injector, which reads .nianbao files with its own factory. */
	static XtextResourceSet resourceSet() {
		XtextResourceSet set = IDE.getInstance(XtextResourceSet.class);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("nianbao",
				IDE.getInstance(IResourceFactory.class));
		return set;
	}

	static void run(XtextResource resource, String text, List<Issue> issues, Random random, List<String> failures) {
		Document document = new Document(1, text);
		TextDocumentIdentifier id = new TextDocumentIdentifier(resource.getURI().toString());
		format(resource, document, text, failures);
		IHoverService hover = IDE.getInstance(IHoverService.class);
		for (int offset : offsets(text, random, HOVERS)) {
			hover.hover(document, resource, new HoverParams(id, document.getPosition(offset)),
					CancelIndicator.NullImpl);
		}
		ContentAssistService completion = IDE.getInstance(ContentAssistService.class);
		for (int offset : offsets(text, random, 1)) {
			completion.createCompletionList(document, resource, new CompletionParams(id, document.getPosition(offset)),
					CancelIndicator.NullImpl);
		}
		List<Issue> chosen = new ArrayList<>(issues);
		java.util.Collections.shuffle(chosen, random);
		for (Issue issue : chosen.subList(0, Math.min(FIXED_DIAGNOSTICS, chosen.size()))) {
			fix(resource, document, text, issue, failures);
		}
	}

	/** 0, the end, and random offsets, a figure or a reference among them when there is one. */
	private static List<Integer> offsets(String text, Random random, int count) {
		List<Integer> offsets = new ArrayList<>(List.of(0, text.length()));
		for (int i = 0; i < count; i++) {
			offsets.add(text.isEmpty() ? 0 : random.nextInt(text.length() + 1));
		}
		int brace = text.indexOf('{', random.nextInt(text.length() + 1));
		if (brace >= 0) {
			offsets.add(Math.min(text.length(), brace + 2));
		}
		return offsets;
	}

	private static void format(XtextResource resource, Document document, String text, List<String> failures) {
		FormattingService formatting = IDE.getInstance(FormattingService.class);
		List<TextEdit> edits = formatting.format(resource, document, 0, text.length(), new FormattingOptions(2, true));
		String formatted = apply(document, text, edits);
		String before = withoutSpaces(text);
		String after = withoutSpaces(formatted);
		if (!after.equals(before)) {
			int at = 0;
			while (at < Math.min(before.length(), after.length()) && before.charAt(at) == after.charAt(at)) {
				at++;
			}
			failures.add("formatting changed more than spaces: «" + excerpt(before, at) + "» became «"
					+ excerpt(after, at) + "»");
		}
	}

	private static String excerpt(String text, int at) {
		return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)).replace("\r", "\\r").replace("\n",
				"\\n");
	}

	/** Spaces, tabs and lone CRs, which the language reads as spaces inside a row (a CRLF stays). */
	private static String withoutSpaces(String text) {
		return text.replaceAll("[ \\t]|\\r(?!\\n)", "");
	}

	private static void fix(XtextResource resource, Document document, String text, Issue issue,
			List<String> failures) {
		Diagnostic diagnostic = diagnostic(issue);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(resource.getURI().toString());
		options.setLanguageServerAccess(new SingleResourceAccess(resource));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(resource.getURI().toString()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));
		for (DiagnosticResolution resolution : IDE.getInstance(IQuickFixProvider.class).getResolutions(options,
				diagnostic)) {
			WorkspaceEdit edit = resolution.apply();
			List<TextEdit> edits = new ArrayList<>();
			if (edit.getChanges() != null) {
				edit.getChanges().values().forEach(edits::addAll);
			}
			String fixed = apply(document, text, edits);
			try {
				XtextResource again = (XtextResource) resourceSet()
						.createResource(URI.createURI("fuzz:/fixed.nianbao"));
				again.load(new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException e) {
				failures.add("the text fixed by \"" + resolution.getLabel() + "\" does not load: " + e);
			}
		}
	}

	/** As the language server turns an issue into a diagnostic, its data kept for the fixes. */
	private static Diagnostic diagnostic(Issue issue) {
		int line = Math.max(0, value(issue.getLineNumber(), 1) - 1);
		int column = Math.max(0, value(issue.getColumn(), 1) - 1);
		int lineEnd = Math.max(line, value(issue.getLineNumberEnd(), line + 1) - 1);
		int columnEnd = Math.max(0, value(issue.getColumnEnd(), column + 1) - 1);
		Diagnostic diagnostic = new Diagnostic(new Range(new Position(line, column), new Position(lineEnd, columnEnd)),
				issue.getMessage(), DiagnosticSeverity.Error, "nianbao", issue.getCode());
		diagnostic.setData(issue.getData());
		return diagnostic;
	}

	private static int value(Integer value, int otherwise) {
		return value == null ? otherwise : value;
	}

	/** Applies edits as a client does (all ranges refer to the text before any edit), in one pass. */
	private static String apply(Document document, String text, List<TextEdit> edits) {
		List<Integer> lineStarts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lineStarts.add(i + 1);
			}
		}
		List<int[]> ranges = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			Range range = edits.get(i).getRange();
			ranges.add(
					new int[]{offset(lineStarts, text, range.getStart()), offset(lineStarts, text, range.getEnd()), i});
		}
		ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (int[] range : ranges) {
			out.append(text, at, Math.max(at, range[0])).append(edits.get(range[2]).getNewText());
			at = Math.max(at, range[1]);
		}
		return out.append(text, at, text.length()).toString();
	}

	private static int offset(List<Integer> lineStarts, String text, Position position) {
		int line = Math.min(Math.max(0, position.getLine()), lineStarts.size() - 1);
		return Math.min(text.length(), lineStarts.get(line) + Math.max(0, position.getCharacter()));
	}

	/** The fixes look their object up through the server: here, the mutant's own resource set. */
	private record SingleResourceAccess(XtextResource resource) implements ILanguageServerAccess {

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return resource.getResourceSet();
		}

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			throw new UnsupportedOperationException();
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			throw new UnsupportedOperationException();
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
		}

		@Override
		public LanguageClient getLanguageClient() {
			return null;
		}

		@Override
		public InitializeParams getInitializeParams() {
			return new InitializeParams();
		}

		@Override
		public InitializeResult getInitializeResult() {
			return new InitializeResult();
		}
	}
}
