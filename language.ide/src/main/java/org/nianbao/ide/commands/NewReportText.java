package org.nianbao.ide.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.eval.CarriedOver;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.ReportSkeleton;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.related.RelatedReports;
import org.nianbao.scoping.BuiltinLibrary;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A new report's text for the editor's <i>New Annual Report</i>, as {@code nianbao new} writes it: the skeleton, and
 * with last year's report, a reference to it and this year's carried-over row filled from its 结转下年.
 */
class NewReportText {

	/** Why a new report could not be made, in words for the clerk. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	@Inject
	private BuiltinLibrary library;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ReportEvaluator evaluator;

	/**
	 * @param previous last year's report (a file), or null
	 * @param target   where the new report will be written, or null (an untitled document): the reference to last
	 *                 year's report is relative to its folder
	 */
	String of(String organ, String year, Path previous, Path target) throws Refused {
		XtextResourceSet resourceSet = resourceSets.get();
		Form form = (Form) library.nationalForm(resourceSet).getContents().get(0);
		if (previous == null) {
			return ReportSkeleton.of(form, organ, year, true);
		}
		Report last = RelatedReports.load(resourceSet, previous);
		if (last == null) {
			throw new Refused("读不出上年报告：" + previous.getFileName() + "（请确认文件存在、是 .nianbao 报告）");
		}
		Map<String, List<String>> carried = CarriedOver.from(evaluator.evaluate(last));
		String path = target == null || target.getParent() == null
				? previous.toString()
				: target.getParent().relativize(previous).toString();
		return ReportSkeleton.of(form, organ, year, true, path.replace('\\', '/'), carried);
	}
}
