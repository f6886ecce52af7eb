package org.nianbao.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.nianbao.nianbao.NianbaoPackage;

/** Base of the validators composed into {@link NianbaoValidator}: they must not register themselves. */
public abstract class NianbaoCheckBase extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(NianbaoPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into NianbaoValidator
	}
}
