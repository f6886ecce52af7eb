package org.nianbao.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.issues.IssueData;
import org.nianbao.issues.IssueDatum;
import org.nianbao.encoding.Utf8;
import org.nianbao.explain.ExplainedIssues;
import org.nianbao.issues.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads .nianbao files from disk into one resource set, so names resolve across them, and validates them. */
public class Workspace {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceDescription.Manager descriptions;

	private XtextResourceSet resourceSet;
	private final Map<Path, Resource> resources = new LinkedHashMap<>();
	private final Map<Path, ReportProblem> unreadable = new LinkedHashMap<>();

	public void load(Collection<Path> files) {
		for (Path file : files) {
			String notReport = NotAReport.reason(file);
			if (notReport != null) {
				unreadable.put(file, new ReportProblem(file, 1, 1, "error", notReport, IssueCodes.NOT_A_REPORT));
				continue;
			}
			try {
				byte[] bytes = Files.readAllBytes(file);
				if (!Utf8.isValid(bytes)) {
					unreadable.put(file, new ReportProblem(file, 1, 1, "error",
							"文件不是 UTF-8 编码（可能是 GBK）：请在编辑器中以 UTF-8 另存后再试", IssueCodes.NOT_UTF8));
					continue;
				}
				Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
				if (resource == null) {
					unreadable.put(file,
							new ReportProblem(file, 1, 1, "error", NotAReport.GENERIC, IssueCodes.NOT_A_REPORT));
					continue;
				}
				resource.load(new ByteArrayInputStream(bytes), resourceSet.getLoadOptions());
				resources.put(file, resource);
			} catch (IOException e) {
				unreadable.put(file,
						new ReportProblem(file, 1, 1, "error", "无法读取文件：" + e.getMessage(), IssueCodes.UNREADABLE));
			}
		}
	}

	/**
	 * What the loaded files export (their names), detached from this resource set: only URIs, so that another
	 * thread's workspace resolves them into its own copy. Cross-references are not resolved here.
	 */
	public List<IResourceDescription> exportedDescriptions() {
		List<IResourceDescription> result = new ArrayList<>();
		for (Resource resource : resources.values()) {
			List<SerializableEObjectDescription> exported = new ArrayList<>();
			for (IEObjectDescription object : descriptions.getResourceDescription(resource).getExportedObjects()) {
				exported.add(object instanceof SerializableEObjectDescription s ? s : detached(object));
			}
			SerializableResourceDescription copy = new SerializableResourceDescription();
			copy.setURI(resource.getURI());
			copy.setDescriptions(exported);
			copy.setReferences(new ArrayList<>());
			copy.setImportedNames(new ArrayList<>());
			result.add(copy);
		}
		return result;
	}

	private static SerializableEObjectDescription detached(IEObjectDescription object) {
		SerializableEObjectDescription copy = new SerializableEObjectDescription();
		copy.setEObjectURI(object.getEObjectURI());
		copy.setEClass(object.getEClass());
		copy.setQualifiedName(object.getQualifiedName());
		HashMap<String, String> userData = new HashMap<>();
		for (String key : object.getUserDataKeys()) {
			userData.put(key, object.getUserData(key));
		}
		copy.setUserData(userData);
		return copy;
	}

	/** Names are looked up in {@code index} from now on, rather than only in the files this workspace loaded. */
	public void useIndex(ResourceDescriptionsData index) {
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet(), index);
	}

	private XtextResourceSet resourceSet() {
		if (resourceSet == null) {
			resourceSet = resourceSets.get();
		}
		return resourceSet;
	}

	public Resource resource(Path file) {
		return resources.get(file);
	}

	public List<ReportProblem> validate(Path file) {
		List<ReportProblem> problems = new ArrayList<>();
		ReportProblem unread = unreadable.get(file);
		if (unread != null) {
			problems.add(unread);
			return problems;
		}
		Resource resource = resources.get(file);
		if (!(resource instanceof XtextResource)) {
			return problems;
		}
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			problems.add(new ReportProblem(file, orOne(issue.getLineNumber()), orOne(issue.getColumn()),
					issue.getSeverity().name().toLowerCase(java.util.Locale.ROOT), issue.getMessage(), issue.getCode(),
					IssueData.all(issue, IssueDatum.Related.class), ExplainedIssues.reason(issue)));
		}
		problems.sort((a, b) -> a.line() != b.line()
				? Integer.compare(a.line(), b.line())
				: Integer.compare(a.column(), b.column()));
		return problems;
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}
}
