package org.nianbao.related;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.ReportRef;

/** Resolves a report's references to other reports: last year's, or the members of a combined report. */
public class RelatedReports {

	/** The report in a file, or null when there is no such file or it is not a report EMF can read. */
	public static Report load(ResourceSet resourceSet, Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
			return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)
					? null
					: report;
		} catch (RuntimeException e) {
			return null; // EMF reports an unreadable file as an exception; callers say it in words
		}
	}

	/** The referenced report, or null when it cannot be found or read. */
	public Report resolve(ReportRef ref) {
		if (ref == null) {
			return null;
		}
		if (ref.getPath() == null) {
			Report report = ref.getReport();
			return report == null || report.eIsProxy() ? null : report;
		}
		Resource here = ref.eResource();
		if (here == null || here.getResourceSet() == null || ref.getPath().isBlank()) {
			return null;
		}
		try {
			URI uri = URI.createURI(ref.getPath().replace('\\', '/')).resolve(here.getURI());
			Resource resource = here.getResourceSet().getResource(uri, true);
			return resource != null && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof Report report ? report : null;
		} catch (RuntimeException e) {
			// a missing or unreadable file: EMF reports it as an exception; the validator says it in words
			return null;
		}
	}

	/** How messages name a related report: its organ and year ("安和县市场监督管理局2023年报告"), the year said once. */
	public static String describe(Report report) {
		String organ = report.getOrgan() == null || report.getOrgan().isBlank()
				? report.getName()
				: report.getOrgan().strip();
		if (report.getYear() == null) {
			return organ;
		}
		return organ.contains(report.getYear()) ? organ + "报告" : organ + report.getYear() + "年报告";
	}
}
