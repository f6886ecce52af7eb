package org.nianbao.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/** All checks of the language, one validator per concern. */
@ComposedChecks(validators = {
		FormValidator.class,
		ReportFactsValidator.class,
		PartStructureValidator.class,
		ItemNumberingValidator.class,
		ImageValidator.class,
		FigureValidator.class,
		ReconciliationValidator.class,
		ProseValidator.class,
		ProseFiguresValidator.class,
		RelatedReportsValidator.class})
public class NianbaoValidator extends AbstractNianbaoValidator {
}
