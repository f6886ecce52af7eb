package org.nianbao.scoping;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * The index of the workspace, with the built-in forms behind it: a form of the workspace
 * shadows a built-in one of the same name, and every report sees the national form without setup.
 */
public class NianbaoGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltinLibrary library;

	@Inject
	private IResourceServiceProvider.Registry registry;

	private final Map<Resource, IResourceDescription> descriptions = new WeakHashMap<>();

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		return getScope(builtinScope(resource, ignoreCase, type, filter), resource, ignoreCase, type, filter);
	}

	private IScope builtinScope(Resource context, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		if (context == null || context.getResourceSet() == null || library.isBuiltin(context.getURI())) {
			return IScope.NULLSCOPE;
		}
		Resource builtin = library.nationalForm(context.getResourceSet());
		IResourceDescription description;
		synchronized (descriptions) {
			description = descriptions.computeIfAbsent(builtin, r -> registry.getResourceServiceProvider(r.getURI())
					.getResourceDescriptionManager().getResourceDescription(r));
		}
		return SelectableBasedScope.createScope(IScope.NULLSCOPE, description, filter, type, ignoreCase);
	}
}
