package org.nianbao.ide.rename;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.nianbao.workspace.IgnoredFiles;
import org.nianbao.ide.text.LineStarts;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;
import org.nianbao.scoping.BuiltinLibrary;

import com.google.inject.Inject;

/**
 * Rename (F2) of a report, a form, a table, or a row or column of a form, with every use of it in the workspace:
 * {@code previous}/{@code members} of other reports, sums, rules and carries of the form, figure rows and
 * {@code {row.column}} of every report. Uses are found by walking each file's resolved references, not through
 * Xtext's rename machinery, which changed the declaration but missed the uses in other files. Names of the built-in
 * national form live inside the program: renaming them is declined before a new name is asked for.
 */
public class NameRename implements IRenameService2 {

	/** The language's ID terminal; keywords are not names. */
	private static final Pattern NAME = Pattern.compile(
			"[a-zA-Z_\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF][a-zA-Z_0-9\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]*");
	private static final Set<String> KEYWORDS = Set.of("form", "basis", "phrase", "states", "part", "prose", "limit",
			"mention", "fresh", "table", "block", "header", "columns", "rows", "group", "amount", "code", "rule",
			"each",
			"message", "carry", "into", "column", "row", "report", "organ", "year", "published", "title", "previous",
			"members", "contact", "office", "address", "postcode", "phone", "fax", "email", "website", "preface",
			"zero",
			"all", "others");

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private IResourceDescriptionsProvider index;

	@Inject
	private BuiltinLibrary library;

	@Inject
	private UriExtensions uris;

	private record Target(EObject element, INode at) {
	}

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
			PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return null;
			}
			Document document = context.getDocument();
			Target target = targetAt(resource, document.getOffSet(options.getParams().getPosition()));
			if (target == null) {
				return null;
			}
			refuseBuiltin(target.element());
			INode token = target.at();
			Range range = new Range(document.getPosition(token.getOffset()),
					document.getPosition(token.getEndOffset()));
			return Either3.forSecond(new PrepareRenameResult(range, NodeModelUtils.getTokenText(token)));
		});
	}

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newName = options.getRenameParams().getNewName().strip();
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return new WorkspaceEdit(Map.of());
			}
			Target target = targetAt(resource,
					context.getDocument().getOffSet(options.getRenameParams().getPosition()));
			if (target == null) {
				throw error("光标处没有可以重命名的名称（报告、格式、表格、行或列的名称）");
			}
			refuseBuiltin(target.element());
			checkName(newName, target.element());
			return new WorkspaceEdit(edits(target.element(), newName, resource.getResourceSet(),
					workspaceFiles(options.getLanguageServerAccess().getInitializeParams())));
		});
	}

	/** The named element whose name or whose use is at the offset; null when the offset is on neither. */
	private Target targetAt(XtextResource resource, int offset) {
		INode reference = offsets.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference != null) {
			EObject element = offsets.getCrossReferencedElement(reference);
			INode token = token(reference);
			return renameable(element) && token != null ? new Target(element, token) : null;
		}
		EObject element = offsets.resolveContainedElementAt(resource, offset);
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (renameable(e)) {
				INode name = nameNode(e);
				if (name != null && name.getOffset() <= offset && offset <= name.getEndOffset()) {
					return new Target(e, name);
				}
			}
		}
		return null;
	}

	private static boolean renameable(EObject element) {
		return element != null && !element.eIsProxy()
				&& (element instanceof Report || element instanceof Form || element instanceof Table
						|| element instanceof TableNode);
	}

	private void refuseBuiltin(EObject element) {
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		if (uri == null || library.isBuiltin(uri) || !uri.isFile()) {
			throw error("“" + name(element) + "”是内置国家格式中的名称，不能重命名（它由《年度报告格式》规定）");
		}
	}

	private static void checkName(String newName, EObject element) {
		if (!NAME.matcher(newName).matches() || KEYWORDS.contains(newName)) {
			throw error("“" + newName + "”不能作名称：名称由汉字、字母、数字和下划线组成，不以数字开头，也不能是关键字");
		}
		if (element instanceof TableNode node) {
			Form form = EcoreUtil2.getContainerOfType(node, Form.class);
			boolean taken = form != null && EcoreUtil2.eAllOfType(form, TableNode.class).stream()
					.anyMatch(other -> other != node && newName.equals(other.getName()));
			if (taken) {
				throw error("格式中已有名为“" + newName + "”的行或列");
			}
		}
	}

	/** The declaration and every resolved use in the files of the workspace, as edits per file. */
	private Map<String, List<TextEdit>> edits(EObject target, String newName, ResourceSet resourceSet,
			List<URI> scanned) {
		String targetKey = key(EcoreUtil.getURI(target));
		Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
		add(edits, target.eResource(), nameNode(target), newName);
		IResourceDescriptions workspace = ChunkedResourceDescriptions.findInEmfObject(resourceSet);
		if (workspace == null) {
			workspace = index.getResourceDescriptions(resourceSet);
		}
		// the index, the documents loaded now (open ones included) and the files on disk: each file once
		Map<String, URI> files = new LinkedHashMap<>();
		for (Resource loaded : List.copyOf(resourceSet.getResources())) {
			files.putIfAbsent(key(loaded.getURI()), loaded.getURI());
		}
		for (IResourceDescription description : workspace.getAllResourceDescriptions()) {
			files.putIfAbsent(key(description.getURI()), description.getURI());
		}
		for (URI file : scanned) {
			files.putIfAbsent(key(file), file);
		}
		for (URI file : files.values()) {
			if (!file.isFile() || library.isBuiltin(file) || !file.lastSegment().endsWith(".nianbao")) {
				continue;
			}
			Resource resource = resourceSet.getResource(file, true);
			if (resource == null || resource.getContents().isEmpty()) {
				continue;
			}
			EcoreUtil2.eAllContents(resource.getContents().get(0)).forEach(object -> {
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
						uses(object, reference, targetKey).forEach(node -> add(edits, resource, node, newName));
					}
				}
			});
		}
		return edits;
	}

	/** The .nianbao files of the workspace folders, without those a .nianbaoignore lists. */
	private static List<URI> workspaceFiles(InitializeParams params) {
		List<String> roots = new ArrayList<>();
		if (params != null && params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
			params.getWorkspaceFolders().forEach(f -> roots.add(f.getUri()));
		} else if (params != null && params.getRootUri() != null) {
			roots.add(params.getRootUri());
		}
		List<URI> files = new ArrayList<>();
		for (String root : roots) {
			try {
				Path folder = Path.of(java.net.URI.create(root));
				IgnoredFiles ignored = new IgnoredFiles(folder);
				try (Stream<Path> paths = Files.walk(folder)) {
					paths.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".nianbao"))
							.filter(p -> visible(folder.relativize(p)))
							.filter(p -> !ignored.contains(p))
							.forEach(p -> files.add(URI.createFileURI(p.toAbsolutePath().toString())));
				}
			} catch (IOException | RuntimeException e) {
				// a folder that cannot be read: its files are found through the index only
			}
		}
		return files;
	}

	/** Hidden folders and node_modules are not searched, as in the server's first build. */
	private static boolean visible(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".") || part.toString().equals("node_modules")) {
				return false;
			}
		}
		return true;
	}

	/** The tokens of an element's references (of one feature) that point to the target. */
	private static List<INode> uses(EObject object, EReference reference, String target) {
		List<INode> found = new ArrayList<>();
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
		List<?> values = reference.isMany()
				? (List<?>) object.eGet(reference, true)
				: java.util.Collections.singletonList(object.eGet(reference, true));
		for (int i = 0; i < Math.min(nodes.size(), values.size()); i++) {
			if (values.get(i) instanceof EObject value && !value.eIsProxy()
					&& target.equals(key(EcoreUtil.getURI(value)))) {
				INode token = token(nodes.get(i));
				if (token != null) {
					found.add(token);
				}
			}
		}
		return found;
	}

	/** An element's URI spelled one way: "file:/x" and "file:///x" name the same file (EMF keeps them apart). */
	private static String key(URI uri) {
		URI file = uri.trimFragment();
		String path = file.isFile() ? file.toFileString().replaceFirst("^/{2,}", "/") : file.toString();
		return path + "#" + uri.fragment();
	}

	private void add(Map<String, List<TextEdit>> edits, Resource resource, INode node, String newName) {
		if (node == null || resource == null) {
			return;
		}
		LineStarts lines = LineStarts.of(node.getRootNode().getText());
		TextEdit edit = new TextEdit(new Range(lines.position(node.getOffset()), lines.position(node.getEndOffset())),
				newName);
		List<TextEdit> list = edits.computeIfAbsent(uris.toUriString(resource.getURI()), u -> new ArrayList<>());
		if (!list.contains(edit)) {
			list.add(edit);
		}
	}

	private static INode nameNode(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		List<INode> nodes = name == null ? List.of() : NodeModelUtils.findNodesForFeature(element, name);
		return nodes.isEmpty() ? null : token(nodes.get(0));
	}

	/** The name's own token, without the blanks and comments a node may include. */
	private static INode token(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}

	private static String name(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name == null ? "" : String.valueOf(element.eGet(name));
	}

	private static ResponseErrorException error(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
	}
}
