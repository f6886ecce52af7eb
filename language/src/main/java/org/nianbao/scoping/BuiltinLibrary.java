package org.nianbao.scoping;

import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.nianbao.form.NationalForm;

import com.google.inject.Singleton;

/** Loads the forms that ship inside the language jar into whichever resource set asks for them. */
@Singleton
public class BuiltinLibrary {

	private final URI nationalFormUri;

	public BuiltinLibrary() {
		URL url = BuiltinLibrary.class.getClassLoader().getResource(NationalForm.RESOURCE);
		if (url == null) {
			throw new IllegalStateException(
					"The built-in national form is missing from the class path: " + NationalForm.RESOURCE);
		}
		nationalFormUri = URI.createURI(url.toString());
	}

	public boolean isBuiltin(URI uri) {
		return nationalFormUri.equals(uri);
	}

	/** The national form's resource in this resource set, loaded on first use. */
	public Resource nationalForm(ResourceSet resourceSet) {
		Resource existing = resourceSet.getResource(nationalFormUri, false);
		if (existing != null && existing.isLoaded()) {
			return existing;
		}
		return resourceSet.getResource(nationalFormUri, true);
	}
}
