package org.nianbao.ide.definition;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import org.nianbao.ide.symbols.OutlineSymbols;

import com.google.inject.Inject;

/**
 * Go to definition as Xtext does it, except that a definition inside the jar (the built-in national form)
 * points to a readable copy on disk: editors cannot open {@code jar:} URIs.
 */
public class BuiltinFormDefinitions extends DocumentSymbolService {

	@Inject
	private ExtractedForms extracted;

	@Inject
	private OutlineSymbols outline;

	/** Xtext asks this service for the outline of clients without hierarchical symbols: the same outline. */
	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		return outline.getSymbols(document, resource, params, cancelIndicator);
	}

	@Override
	public List<? extends Location> getDefinitions(XtextResource resource, int offset, IResourceAccess resourceAccess,
			CancelIndicator cancelIndicator) {
		List<? extends Location> locations = super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
		List<Location> result = new ArrayList<>(locations.size());
		for (Location location : locations) {
			String uri = extracted.readableUri(location.getUri());
			result.add(uri.equals(location.getUri()) ? location : new Location(uri, location.getRange()));
		}
		return result;
	}
}
