package org.nianbao.ide.quickfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.eval.Finding;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.Forms;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Value;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * A row one value short: tries a 0 at each position, evaluates the report so changed, and inserts the 0 only
 * where exactly one outcome leaves the fewest broken totals and rules. Positions that give the same values
 * (a 0 next to another 0) are one outcome.
 */
@Singleton
class MissingValueFix {

	private record Candidate(int offset, String insertion) {
	}

	@Inject
	private ReportEvaluator evaluator;

	/** Xtext computes a fix's edit twice per request (to offer it and to send it); the answer is kept briefly. */
	private final Map<String, List<TextEdit>> recent = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<TextEdit>> eldest) {
			return size() > 16;
		}
	};

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	List<TextEdit> insertZero(EObject object, Document document, Diagnostic diagnostic) {
		FigureRow figureRow = EcoreUtil2.getContainerOfType(object, FigureRow.class);
		if (figureRow == null || !(figureRow.getRow() instanceof Row row) || row.eIsProxy()) {
			return List.of();
		}
		int written = figureRow.getValues().size();
		if (Forms.columnsOf(row).size() != written + 1 && Forms.inputColumns(row).size() != written + 1) {
			return List.of(); // more than one value missing, or too many: nothing certain to insert
		}
		ITextRegion name = Nodes.region(figureRow, NianbaoPackage.Literals.FIGURE_ROW__ROW);
		if (name == null) {
			return List.of();
		}
		Map<List<String>, Candidate> outcomes = new LinkedHashMap<>();
		List<String> values = figureRow.getValues().stream().map(MissingValueFix::text).toList();
		for (int i = written; i >= 0; i--) { // last position first: appending is preferred among equal outcomes
			List<String> outcome = new ArrayList<>(values);
			outcome.add(i, "0");
			Candidate candidate;
			if (i < written) {
				candidate = new Candidate(Nodes.region(figureRow.getValues().get(i)).getOffset(), "0 ");
			} else {
				ITextRegion last = written == 0 ? name : Nodes.region(figureRow.getValues().get(written - 1));
				candidate = new Candidate(last.getOffset() + last.getLength(), " 0");
			}
			outcomes.putIfAbsent(outcome, candidate);
		}
		String key = document.getContents().hashCode() + ":" + document.getContents().length() + ":" + name.getOffset();
		synchronized (recent) {
			if (recent.containsKey(key)) {
				return recent.get(key);
			}
		}
		List<TextEdit> edits = bestOf(outcomes, figureRow.eResource(), document, name.getOffset());
		synchronized (recent) {
			recent.put(key, edits);
		}
		return edits;
	}

	private List<TextEdit> bestOf(Map<List<String>, Candidate> outcomes, Resource original, Document document, int rowOffset) {
		XtextResourceSet resourceSet = resourceSets.get();
		if (original.getResourceSet() != null) {
			resourceSet.setResourceFactoryRegistry(original.getResourceSet().getResourceFactoryRegistry());
		}
		Candidate best = null;
		int bestScore = Integer.MAX_VALUE;
		boolean tie = false;
		int index = 0;
		for (Candidate candidate : outcomes.values()) {
			int score = score(resourceSet, original, document, candidate, rowOffset, index++);
			if (score < bestScore) {
				best = candidate;
				bestScore = score;
				tie = false;
			} else if (score == bestScore) {
				tie = true;
			}
		}
		resourceSet.getResources().forEach(Resource::unload);
		if (best == null || tie || bestScore == Integer.MAX_VALUE) {
			return List.of();
		}
		Range at = new Range(document.getPosition(best.offset()), document.getPosition(best.offset()));
		return List.of(new TextEdit(at, best.insertion()));
	}

	private static String text(Value value) {
		return value.isSlash() ? "/" : (value.isNegative() ? "-" : "") + value.getNumber();
	}

	/** Broken totals, rules and rows of the report with the 0 inserted; MAX_VALUE when the row still does not fit. */
	private int score(XtextResourceSet resourceSet, Resource original, Document document, Candidate candidate, int rowOffset,
			int index) {
		String text = document.getContents();
		String changed = text.substring(0, candidate.offset()) + candidate.insertion() + text.substring(candidate.offset());
		// one resource set for all candidates: the form is loaded once
		URI uri = original.getURI().trimSegments(1).appendSegment("candidate" + index + "-" + original.getURI().lastSegment());
		Resource resource = null;
		try {
			resource = resourceSet.createResource(uri);
			if (resource == null) {
				return Integer.MAX_VALUE;
			}
			resource.load(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
				return Integer.MAX_VALUE;
			}
			ReportEvaluation evaluation = evaluator.evaluate(report);
			int score = 0;
			for (Finding finding : evaluation.findings()) {
				if (finding instanceof Finding.ValueCountMismatch m) {
					ITextRegion name = Nodes.region(m.figureRow(), NianbaoPackage.Literals.FIGURE_ROW__ROW);
					if (name != null && name.getOffset() == rowOffset) {
						return Integer.MAX_VALUE;
					}
					score++;
				} else if (finding instanceof Finding.TotalMismatch || finding instanceof Finding.RuleViolation) {
					score++;
				}
			}
			return score;
		} catch (IOException | RuntimeException e) {
			return Integer.MAX_VALUE;
		} finally {
			if (resource != null) {
				resource.unload();
				resourceSet.getResources().remove(resource);
			}
		}
	}
}
