package org.nianbao.importer.map;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.form.EditDistance;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;

/**
 * Matches printed row labels to the rows of the form, tolerantly: numbering styles, full/half width, spaces,
 * a missing or extra character or two, labels cut short; 2019-format rows are recognised but not mapped. A group
 * label printed beside a row (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密) decides between rows whose
 * own labels are alike.
 */
final class RowMatcher {

	private record Candidate(RowNode row, String exact, String normal, String bare, List<String> groups) {
	}

	private final List<Candidate> candidates = new ArrayList<>();

	RowMatcher(List<Table> tables) {
		for (Table table : tables) {
			for (Block block : table.getBlocks()) {
				for (RowNode node : block.getRows()) {
					add(node, List.of());
				}
			}
		}
	}

	private void add(RowNode node, List<String> groups) {
		String label = node.getLabel() == null ? "" : node.getLabel();
		candidates.add(
				new Candidate(node, label.strip(), LabelText.normalise(label), LabelText.withoutNumber(label), groups));
		if (node instanceof RowGroup group) {
			List<String> inner = new ArrayList<>(groups);
			inner.add(LabelText.withoutNumber(label));
			for (RowNode member : group.getMembers()) {
				add(member, inner);
			}
		}
	}

	/** The row a printed label stands for; {@code context} are the labels printed left of it (its groups). */
	RowMatch match(String printed, List<String> context) {
		String label = printed.strip();
		for (Candidate c : candidates) {
			if (c.exact().equals(label) && !label.isEmpty()) {
				return new RowMatch(c.row(), RowMatch.Kind.EXACT, null);
			}
		}
		String normal = LabelText.normalise(label);
		List<Candidate> found = candidates.stream().filter(c -> c.normal().equals(normal) && !normal.isEmpty())
				.toList();
		if (!found.isEmpty()) {
			return decide(found, context, RowMatch.Kind.NORMALISED);
		}
		String bare = LabelText.withoutNumber(label);
		if (bare.isEmpty()) {
			return RowMatch.none(RowMatch.Kind.NONE, null);
		}
		found = candidates.stream().filter(c -> c.bare().equals(bare)).toList();
		if (!found.isEmpty()) {
			return decide(found, context, RowMatch.Kind.RENUMBERED);
		}
		if (Format2019.ROWS.containsKey(bare)) {
			return RowMatch.none(RowMatch.Kind.FORMAT_2019, Format2019.ROWS.get(bare));
		}
		if (bare.length() >= 6) {
			found = candidates.stream().filter(c -> c.bare().startsWith(bare)).toList();
			if (!found.isEmpty()) {
				return decide(found, context, RowMatch.Kind.TRUNCATED);
			}
		}
		int best = Integer.MAX_VALUE;
		List<Candidate> nearest = new ArrayList<>();
		for (Candidate c : candidates) {
			if (c.bare().isEmpty()) {
				continue;
			}
			int distance = EditDistance.between(bare, c.bare());
			if (distance < best) {
				best = distance;
				nearest.clear();
			}
			if (distance == best) {
				nearest.add(c);
			}
		}
		if (!nearest.isEmpty() && best <= Math.max(1, bare.length() / 5)) {
			return decide(nearest, context, RowMatch.Kind.TYPO);
		}
		String hint = !nearest.isEmpty() && best <= Math.max(2, bare.length() / 2) ? nearest.get(0).exact() : null;
		return RowMatch.none(RowMatch.Kind.NONE, hint);
	}

	private static RowMatch decide(List<Candidate> found, List<String> context, RowMatch.Kind kind) {
		if (found.size() == 1) {
			return new RowMatch(found.get(0).row(), kind, null);
		}
		List<String> printedGroups = context.stream().map(LabelText::withoutNumber).filter(s -> !s.isEmpty()).toList();
		List<Candidate> fitting = found.stream().filter(c -> c.groups().containsAll(printedGroups)
				&& (printedGroups.isEmpty() || !c.groups().isEmpty())).toList();
		if (fitting.size() == 1) {
			return new RowMatch(fitting.get(0).row(), kind, null);
		}
		List<String> names = found.stream().map(c -> c.exact().isEmpty() ? name(c.row()) : c.exact()).toList();
		return RowMatch.none(RowMatch.Kind.AMBIGUOUS, String.join("、", names));
	}

	private static String name(EObject row) {
		return row instanceof RowNode node ? node.getName() : "";
	}
}
