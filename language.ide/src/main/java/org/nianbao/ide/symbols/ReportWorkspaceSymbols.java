package org.nianbao.ide.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.symbol.WorkspaceSymbolService;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.ide.text.Headings;
import org.nianbao.ide.text.LineStarts;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/**
 * Workspace symbols: besides the names the index exports (reports, forms, rows), the parts and tables of every
 * report in the workspace, named as printed ("三、收到和处理政府信息公开申请情况") and placed in their report.
 */
public class ReportWorkspaceSymbols extends WorkspaceSymbolService {

	@Inject
	private UriExtensions uris;

	@Override
	public List<? extends WorkspaceSymbol> getSymbols(String query, IResourceAccess resourceAccess,
			IResourceDescriptions indexData, CancelIndicator cancelIndicator) {
		List<WorkspaceSymbol> symbols = new ArrayList<>(
				super.getSymbols(query, resourceAccess, indexData, cancelIndicator));
		for (IResourceDescription description : indexData.getAllResourceDescriptions()) {
			if (cancelIndicator.isCanceled()) {
				break;
			}
			if (description.getExportedObjectsByType(NianbaoPackage.Literals.REPORT).iterator().hasNext()) {
				URI uri = description.getURI();
				resourceAccess.readOnly(uri, resourceSet -> {
					Resource resource = resourceSet.getResource(uri, true);
					if (resource != null && !resource.getContents().isEmpty()
							&& resource.getContents().get(0) instanceof Report report) {
						addParts(report, uris.toUriString(uri), query, symbols);
					}
					return null;
				});
			}
		}
		return symbols;
	}

	private static void addParts(Report report, String uri, String query, List<WorkspaceSymbol> symbols) {
		if (NodeModelUtils.getNode(report) == null) {
			return;
		}
		LineStarts lines = LineStarts.of(NodeModelUtils.getNode(report).getRootNode().getText());
		for (Part part : report.getParts()) {
			String heading = Headings.text(part.getHeading());
			ITextRegion region = Nodes.region(part, NianbaoPackage.Literals.PART__HEADING);
			if (heading == null || heading.isEmpty() || region == null) {
				continue;
			}
			if (matches(heading, query)) {
				symbols.add(symbol(heading, SymbolKind.Namespace, uri, lines, region, report.getName()));
			}
			ITextRegion table = part.getFigures() == null ? null : Nodes.region(part.getFigures());
			String tableName = "表格 · " + heading;
			if (table != null && (matches(tableName, query) || matches("表格", query))) {
				symbols.add(symbol(tableName, SymbolKind.Struct, uri, lines, table, report.getName()));
			}
		}
	}

	private static WorkspaceSymbol symbol(String name, SymbolKind kind, String uri, LineStarts lines,
			ITextRegion region,
			String container) {
		Range range = new Range(lines.position(region.getOffset()),
				lines.position(region.getOffset() + region.getLength()));
		WorkspaceSymbol symbol = new WorkspaceSymbol(name, kind, Either.forLeft(new Location(uri, range)));
		symbol.setContainerName(container);
		return symbol;
	}

	/** The query's characters appear in the name in order (what editors filter by anyway). */
	private static boolean matches(String name, String query) {
		if (query == null || query.isBlank()) {
			return true;
		}
		String n = name.toLowerCase(Locale.ROOT);
		int at = 0;
		for (char c : query.strip().toLowerCase(Locale.ROOT).toCharArray()) {
			at = n.indexOf(c, at);
			if (at < 0) {
				return false;
			}
			at++;
		}
		return true;
	}
}
