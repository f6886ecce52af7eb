package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.nianbao.form.HeadingLevel;
import org.nianbao.form.ItemNumber;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.SubHeading;

/**
 * The numbers of the sub-item headings of a part: each level counts from one under its parent heading, in the
 * style GB/T 9704 gives the level: （一）（二）…, then 1. 2. …, then （1）（2）…. Headings without a number are
 * counted but not checked.
 */
public class ItemNumberingValidator extends NianbaoCheckBase {

	private static final String[] LEVEL_NAMES = {"", "一级", "二级", "三级", "四级"};

	@Check
	public void checkItemNumbers(Part part) {
		List<ProseItem> items = new ArrayList<>(part.getProse());
		items.addAll(part.getClosing());
		int[] count = new int[5];
		ItemNumber[] previous = new ItemNumber[5];
		for (ProseItem item : items) {
			if (!(item instanceof SubHeading heading) || heading.getText() == null) {
				continue;
			}
			int level = HeadingLevel.of(heading);
			count[level]++;
			for (int deeper = level + 1; deeper < count.length; deeper++) {
				count[deeper] = 0;
				previous[deeper] = null;
			}
			ItemNumber written = ItemNumber.parse(heading.getText());
			ItemNumber before = previous[level];
			previous[level] = written;
			ItemNumber.Style style = ItemNumber.Style.ofLevel(level);
			if (written == null || style == null || (written.style() == style && written.value() == count[level])) {
				continue;
			}
			report(heading, written, before, style, level, count[level]);
		}
	}

	private void report(SubHeading heading, ItemNumber written, ItemNumber before, ItemNumber.Style style, int level,
			int expectedValue) {
		String text = heading.getText();
		String expected = style.format(expectedValue);
		String number = written.text(text);
		String message;
		if (written.style() != style) {
			message = "标题编号“" + number + "”不是" + LEVEL_NAMES[level] + "标题的编号形式：" + LEVEL_NAMES[level] + "标题依次编为"
					+ style.format(1) + style.format(2) + style.format(3) + "…，此处应为“" + expected + "”";
		} else if (before != null && before.style() == style && before.value() == written.value()) {
			message = "标题编号“" + number + "”与上一项重复：此处应为“" + expected + "”";
		} else if (expectedValue == 1) {
			message = "标题编号有误：同一级的第一项应编为“" + expected + "”，这里写的是“" + number + "”";
		} else {
			message = "标题编号不连续：“" + number + "”应为“" + expected + "”（同一级的上一项是第 " + (expectedValue - 1) + " 项）";
		}
		int offset = HeadingLevel.textOffset(heading);
		if (offset < 0) {
			warning(message, heading, null, IssueCodes.ITEM_MISNUMBERED, new IssueDatum.Replacement(expected));
			return;
		}
		warningAt(message, heading, offset + written.start(), written.end() - written.start(),
				IssueCodes.ITEM_MISNUMBERED, new IssueDatum.Replacement(expected));
	}
}
