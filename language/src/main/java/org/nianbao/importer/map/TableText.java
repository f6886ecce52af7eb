package org.nianbao.importer.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.Table;
import org.nianbao.nianbao.TableNode;

/**
 * Whether a line printed in a table's part is a piece of that table left outside it — a row, group or column
 * label ((二)部分公开（区分处理的…, （三）不予公开, 1.属于国家秘密), one cut short where the reader lost its
 * table ((四)无), or a line of figures alone — not prose and not a sub-item heading. After such a line, a short
 * piece of text goes with it ({@link #isFragment}).
 */
final class TableText {

	private static final Pattern FIGURES = Pattern.compile("[0-9０-９.,，\\s件万元/／\\-—–]+");
	private static final Pattern NUMBERED = Pattern
			.compile("^\\s*(?:[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}\\s*[.．、]|[一二三四五六七八九十]\\s*、).*");

	private final List<String> labels = new ArrayList<>();

	TableText(Table table) {
		for (var contents = table.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object instanceof TableNode node) {
				add(node.getLabel() != null ? node.getLabel() : node.getName());
			} else if (object instanceof Block block) {
				add(block.getTitle());
				add(block.getHeader());
			}
		}
	}

	private void add(String label) {
		String bare = LabelText.withoutNumber(label);
		if (!bare.isEmpty()) {
			labels.add(bare);
		}
	}

	/** A short piece of text, no sentence: the rest of a label cut over lines (商业企 / 业, （三）不 / 予公开). */
	static boolean isFragment(String line) {
		String text = line.strip();
		return !text.isEmpty() && text.length() <= FRAGMENT_MAX && !text.contains("。");
	}

	private static final int FRAGMENT_MAX = 15;

	boolean isTableText(String line) {
		String text = line.strip();
		if (text.isEmpty()) {
			return false;
		}
		if (FIGURES.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
			return true;
		}
		String bare = LabelText.withoutNumber(text);
		if (bare.isEmpty() || text.contains("。")) {
			return false;
		}
		boolean numbered = NUMBERED.matcher(text).matches();
		for (String label : labels) {
			if (label.equals(bare) || (label.startsWith(bare) && (numbered || bare.length() >= 4))) {
				return true;
			}
		}
		return false;
	}
}
