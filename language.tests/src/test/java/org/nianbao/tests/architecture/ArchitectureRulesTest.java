package org.nianbao.tests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nianbao.tests.support.TestFiles;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The "may use" lists of docs/ARCHITECTURE.md and its invariants on arithmetic and file writes, checked with ArchUnit
 * on the compiled classes of language and language.ide: a use is any dependency in the byte code (a call, a field,
 * a type), not only what an import line shows, and a sum is a call of {@code BigDecimal.add}, however it is written.
 */
class ArchitectureRulesTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.nianbao");

	/** Each package of the code map and the packages of ours it may use (besides itself and the model). */
	private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();
	static {
		MAY_USE.put("issues", List.of());
		MAY_USE.put("parsing", List.of("form", "issues"));
		MAY_USE.put("form", List.of());
		MAY_USE.put("related", List.of());
		MAY_USE.put("image", List.of());
		MAY_USE.put("encoding", List.of());
		MAY_USE.put("export", List.of());
		MAY_USE.put("eval", List.of("form", "related"));
		MAY_USE.put("validation", List.of("form", "eval", "related", "image", "issues", "parsing"));
		MAY_USE.put("layout", List.of("form", "eval", "image"));
		MAY_USE.put("docx", List.of("form", "eval", "layout", "image", "export"));
		MAY_USE.put("html", List.of("form", "eval", "layout", "image", "export"));
		MAY_USE.put("importer", List.of("form", "image", "encoding", "export"));
		MAY_USE.put("explain", List.of("issues"));
	}

	/** Known uses against the code map, each "user -> used"; one that is gone must go from here too. */
	private static final Set<String> KNOWN = Set.of();

	@Test
	void theClassesAreFound() {
		assertTrue(MAIN.containPackage("org.nianbao.eval"), "no classes of org.nianbao.eval on the class path");
		assertTrue(MAIN.containPackage("org.nianbao.ide.hover"), "no classes of language.ide on the class path");
	}

	/** Architecture invariant: every package uses only what its "May use" line in ARCHITECTURE.md allows. */
	@Test
	void packagesUseOnlyWhatTheCodeMapAllows() {
		List<String> found = new ArrayList<>();
		Set<String> known = new java.util.TreeSet<>();
		MAY_USE.forEach((pkg, allowed) -> {
			List<String> packages = new ArrayList<>(List.of("java..", "javax..", "org.nianbao.nianbao..",
					"org.nianbao." + pkg + ".."));
			allowed.forEach(a -> packages.add("org.nianbao." + a + ".."));
			for (JavaClass user : MAIN) {
				if (!(user.getPackageName() + ".").startsWith("org.nianbao." + pkg + ".")) {
					continue;
				}
				for (Dependency d : user.getDirectDependenciesFromSelf()) {
					JavaClass used = d.getTargetClass().getBaseComponentType();
					String p = used.getPackageName() + ".";
					boolean fits = !p.startsWith("org.nianbao.")
							|| packages.stream().anyMatch(a -> p.startsWith(a.substring(0, a.length() - 1)));
					String use = user.getName().replaceFirst("\\$.*", "") + " -> "
							+ used.getName().replaceFirst("\\$.*", "");
					if (!fits && !KNOWN.contains(use)) {
						found.add(d.getDescription());
					} else if (!fits) {
						known.add(use);
					}
				}
			}
		});
		assertTrue(found.isEmpty(), String.join("\n", found));
		assertEquals(KNOWN, known, "a known exception is gone: remove it from KNOWN");
	}

	/**
	 * Every kind of finding reaches the clerk: some validator of validation/ reads it (and so makes its diagnostic).
	 * Which table it is about and which check it breaks every kind must say itself: {@code Finding.table()} and
	 * {@code Finding.reconciliation()} are abstract, so a new kind without them does not compile.
	 */
	@Test
	void everyKindOfFindingIsReadByAValidator() {
		JavaClass finding = MAIN.get(org.nianbao.eval.Finding.class);
		List<String> unread = new ArrayList<>();
		for (Class<?> kind : org.nianbao.eval.Finding.class.getPermittedSubclasses()) {
			boolean read = MAIN.get(kind).getDirectDependenciesToSelf().stream()
					.anyMatch(d -> d.getOriginClass().getPackageName().equals("org.nianbao.validation"));
			if (!read) {
				unread.add(kind.getSimpleName());
			}
		}
		assertTrue(finding.isInterface());
		assertTrue(org.nianbao.eval.Finding.class.getPermittedSubclasses().length >= 14, "the kinds were not found");
		assertTrue(unread.isEmpty(), "finding kinds no validator reads (never said to the clerk): " + unread);
	}

	/** Architecture invariant: sums, and any arithmetic on figures, are computed only in eval/. */
	@Test
	void onlyTheEvaluatorComputes() {
		Set<String> arithmetic = Set.of("add", "subtract", "multiply", "divide", "negate", "remainder", "pow", "abs");
		noClasses().that().resideOutsideOfPackage("org.nianbao.eval..").should()
				.callMethodWhere(DescribedPredicate.describe("arithmetic on a BigDecimal",
						(JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(BigDecimal.class)
								&& arithmetic.contains(call.getName())))
				.check(MAIN);
	}

	/** Architecture invariant: every output file is written through export/AtomicFileWriter. */
	@Test
	void filesAreWrittenOnlyThroughTheExport() {
		Set<String> writes = Set.of("write", "writeString", "newOutputStream", "newBufferedWriter", "copy", "move");
		noClasses().that().resideOutsideOfPackage("org.nianbao.export..").should()
				.callMethodWhere(DescribedPredicate.describe("a write of java.nio.file.Files",
						(JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Files.class)
								&& writes.contains(call.getName())))
				.orShould()
				.callConstructorWhere(DescribedPredicate.describe("a new FileOutputStream or FileWriter of a file",
						call -> (call.getTargetOwner().isEquivalentTo(java.io.FileOutputStream.class)
								|| call.getTargetOwner().isEquivalentTo(java.io.FileWriter.class))
								// the server's standard output is no file
								&& !call.getTarget().getRawParameterTypes().get(0)
										.isEquivalentTo(java.io.FileDescriptor.class)))
				.check(MAIN);
	}

	/**
	 * Architecture invariant: what a diagnostic carries besides its message (quick-fix values, related places, the
	 * explanation) travels as {@code issues/IssueDatum} records; only {@code issues/IssueData} reads or writes Xtext's
	 * {@code String[]} issue data. A validator hands its data to Xtext only through {@code NianbaoCheckBase}, whose
	 * methods take records, and the server reads an LSP diagnostic's data only in {@code ide/quickfix/DiagnosticData},
	 * which hands it straight to the codec.
	 */
	@Test
	void issueDataIsReadAndWrittenOnlyByTheCodec() {
		String codec = "org.nianbao.issues.IssueData";
		ArchRule xtext = noClasses().that().doNotHaveFullyQualifiedName(codec).should()
				.callMethodWhere(DescribedPredicate.describe("a read or write of Xtext's issue data",
						(JavaMethodCall call) -> (call.getTargetOwner()
								.isAssignableTo(org.eclipse.xtext.validation.Issue.class)
								|| call.getTargetOwner()
										.isAssignableTo(org.eclipse.xtext.diagnostics.AbstractDiagnostic.class))
								&& Set.of("getData", "setData").contains(call.getName())
								|| call.getTargetOwner()
										.isAssignableTo(org.eclipse.xtext.diagnostics.DiagnosticMessage.class)
										&& call.getName().equals("getIssueData")))
				.orShould().callConstructorWhere(DescribedPredicate.describe("a linking message with data",
						call -> call.getTargetOwner()
								.isAssignableTo(org.eclipse.xtext.diagnostics.DiagnosticMessage.class)));
		ArchRule lsp = noClasses().that().doNotHaveFullyQualifiedName("org.nianbao.ide.quickfix.DiagnosticData")
				.should()
				.callMethodWhere(DescribedPredicate.describe("a read or write of an LSP diagnostic's data",
						(JavaMethodCall call) -> call.getTargetOwner()
								.isAssignableTo(org.eclipse.lsp4j.Diagnostic.class)
								&& Set.of("getData", "setData").contains(call.getName())));
		Set<String> reports = Set.of("error", "warning", "info", "acceptError", "acceptWarning", "acceptInfo");
		ArchRule validators = noClasses().that()
				.doNotHaveFullyQualifiedName(org.nianbao.validation.NianbaoCheckBase.class.getName()).should()
				.callMethodWhere(DescribedPredicate.describe("an Xtext report that takes issue data as String[]",
						(JavaMethodCall call) -> (call.getTargetOwner()
								.isAssignableTo(org.eclipse.xtext.validation.AbstractDeclarativeValidator.class)
								|| call.getTargetOwner()
										.isAssignableTo(org.eclipse.xtext.validation.ValidationMessageAcceptor.class))
								&& reports.contains(call.getName())
								&& call.getTarget().getRawParameterTypes().stream()
										.anyMatch(t -> t.isEquivalentTo(String[].class))));
		List<String> violated = new ArrayList<>();
		for (ArchRule rule : List.of(xtext, lsp, validators)) {
			EvaluationResult result = rule.evaluate(MAIN);
			if (result.hasViolation()) {
				violated.add(result.getFailureReport().toString());
			}
		}
		assertTrue(violated.isEmpty(), String.join("\n", violated));
	}

	/**
	 * Every {@code Architecture invariant:} paragraph of docs/ARCHITECTURE.md names the tests that check it ("Checked
	 * by `Class#method`"), and each named test exists in this package.
	 */
	@Test
	void everyInvariantHasItsTest() throws java.io.IOException, ClassNotFoundException {
		String doc = Files.readString(TestFiles.root().resolve("docs/ARCHITECTURE.md"));
		java.util.regex.Matcher invariant = java.util.regex.Pattern
				.compile("\\*\\*Architecture invariant:\\*\\*(.*?)(?:\n\n|$)", java.util.regex.Pattern.DOTALL)
				.matcher(doc);
		java.util.regex.Pattern test = java.util.regex.Pattern.compile("`(\\w+)#(\\w+)`");
		List<String> unchecked = new ArrayList<>();
		int invariants = 0;
		while (invariant.find()) {
			invariants++;
			String text = invariant.group(1);
			int checked = text.indexOf("Checked by");
			if (checked < 0) {
				unchecked.add("names no test: " + text.strip());
				continue;
			}
			java.util.regex.Matcher named = test.matcher(text.substring(checked));
			if (!named.find()) {
				unchecked.add("names no test: " + text.strip());
				continue;
			}
			do {
				Class<?> type = Class.forName(getClass().getPackageName() + "." + named.group(1));
				String method = named.group(2);
				boolean exists = java.util.Arrays.stream(type.getDeclaredMethods())
						.anyMatch(m -> m.getName().equals(method) && m.isAnnotationPresent(Test.class));
				if (!exists) {
					unchecked.add("names " + named.group() + ", which is no test");
				}
			} while (named.find());
		}
		assertTrue(invariants >= 7, "the invariants of ARCHITECTURE.md were not found");
		assertTrue(unchecked.isEmpty(), String.join("\n", unchecked));
	}
}
