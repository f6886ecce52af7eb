package org.nianbao.form;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/** The form a report is written against: the one it names, or the national form. */
public class FormResolver {

	@Inject
	private IGlobalScopeProvider globalScopeProvider;

	@Inject
	private IResourceScopeCache cache;

	/** The report's form, or null when the named form cannot be found. Cached until the report's resource changes. */
	public Form formOf(Report report) {
		if (report == null) {
			return null;
		}
		if (report.eResource() == null) {
			return resolve(report);
		}
		return cache.get(Tuples.pair(FormResolver.class, report), report.eResource(), () -> resolve(report));
	}

	private Form resolve(Report report) {
		Form named = report.getForm();
		if (named != null) {
			return named.eIsProxy() ? null : named;
		}
		if (report.eResource() == null) {
			return null;
		}
		IEObjectDescription description = globalScopeProvider
				.getScope(report.eResource(), NianbaoPackage.Literals.REPORT__FORM, null)
				.getSingleElement(QualifiedName.create(NationalForm.NAME));
		if (description == null) {
			return null;
		}
		EObject form = EcoreUtil.resolve(description.getEObjectOrProxy(), report);
		return form instanceof Form f && !f.eIsProxy() ? f : null;
	}
}
