package org.nianbao.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.IncrementalBuilder;

import com.google.inject.Inject;

/**
 * Xtext's build, checking the open documents first ({@link OpenDocumentsFirst}). A build indexes every changed file,
 * then links and checks them one by one in the order of this list (Xtext hands the same list on to that loop): in a
 * county's folder of hundreds of reports the one on screen no longer waits for all the others.
 */
public class OpenDocumentsFirstBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Inject
	private OpenDocumentsFirst openDocuments;

	@Override
	protected void installSourceLevelURIs(List<URI> uris) {
		openDocuments.order(uris);
		super.installSourceLevelURIs(uris);
	}
}
