package org.nianbao.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.util.Tuples;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/** Base of the validators composed into {@link NianbaoValidator}: they must not register themselves. */
public abstract class NianbaoCheckBase extends AbstractDeclarativeValidator {

	@Inject
	private ReportEvaluator evaluator;

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
	public void register(EValidatorRegistrar registrar) {
		// composed into NianbaoValidator
	}
}
