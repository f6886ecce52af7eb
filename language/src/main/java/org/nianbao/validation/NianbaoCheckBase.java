package org.nianbao.validation;

import java.util.List;
import java.util.Map;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.Tuples;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.issues.IssueData;
import org.nianbao.issues.IssueDatum;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/**
 * Base of the validators composed into {@link NianbaoValidator}: they must not register themselves. A validator
 * reports through the methods here, which take its quick-fix data and related places as {@link IssueDatum}s: the
 * only class of validation that hands issue data to Xtext (checked by ArchitectureRulesTest).
 */
public abstract class NianbaoCheckBase extends AbstractDeclarativeValidator {

	private static final Logger LOG = Logger.getLogger(NianbaoCheckBase.class);

	@Inject
	private ReportEvaluator evaluator;

	@Inject
	private OperationCanceledManager cancellation;

	/**
	 * A check that throws is logged and skipped, and the other checks still run: Xtext would end this validator's
	 * checks of the object at the first exception, and drop a NullPointerException without a word.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable e) {
		cancellation.propagateIfCancelException(e);
		if (e instanceof VirtualMachineError error) {
			throw error;
		}
		boolean guard; // Xtext's (package-private) GuardException: the check does not apply, which is no failure
		try {
			super.handleExceptionDuringValidation(e);
			guard = !(e instanceof NullPointerException);
		} catch (Throwable rethrown) {
			guard = false;
		}
		if (!guard) {
			LOG.error("A check failed and was skipped; the other checks still run: " + e, e);
		}
	}

	/**
	 * The report's figures, evaluated once per validation run. The evaluator caches a report that stands alone;
	 * one that reads last year's report or members is evaluated afresh on each call, and a report's checks ask
	 * many times (once per {previous.…} reference, for instance).
	 */
	protected ReportEvaluation evaluationOf(Report report) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return evaluator.evaluate(report);
		}
		return (ReportEvaluation) context.computeIfAbsent(Tuples.pair(ReportEvaluation.class, report),
				key -> evaluator.evaluate(report));
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(NianbaoPackage.eINSTANCE);
	}

	@Override
	@SuppressWarnings("OverridesGuiceInjectableMethod") // not registered on its own: composed into NianbaoValidator
	public void register(EValidatorRegistrar registrar) {
		// composed into NianbaoValidator
	}

	/** Declared so that a diagnostic without data needs no choice between Xtext's data and ours. */
	protected void error(String message, EObject source, EStructuralFeature feature, String code) {
		super.error(message, source, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code);
	}

	protected void error(String message, EObject source, EStructuralFeature feature, String code, IssueDatum... data) {
		super.error(message, source, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code,
				IssueData.encode(data));
	}

	/** Declared so that a diagnostic without data needs no choice between Xtext's data and ours. */
	protected void warning(String message, EObject source, EStructuralFeature feature, String code) {
		super.warning(message, source, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code);
	}

	protected void warning(String message, EObject source, EStructuralFeature feature, String code,
			IssueDatum... data) {
		super.warning(message, source, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code,
				IssueData.encode(data));
	}

	/** An error on a stretch of the object's text (offset and length in the file). */
	protected void errorAt(String message, EObject source, int offset, int length, String code, IssueDatum... data) {
		getMessageAcceptor().acceptError(message, source, offset, length, code, IssueData.encode(data));
	}

	protected void warningAt(String message, EObject source, int offset, int length, String code, IssueDatum... data) {
		getMessageAcceptor().acceptWarning(message, source, offset, length, code, IssueData.encode(data));
	}
}
