package org.nianbao.ide.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.nianbao.form.HeadingLevel;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.SubHeading;

/**
 * The sub-item headings of a run of prose as a tree: a "###" heading belongs to the "##" before it, a "####" to
 * the "###" before it. Each section reaches from its heading to the last item before the next heading of its
 * level or higher.
 */
public final class HeadingSections {

	public record Section(SubHeading heading, int level, ITextRegion region, List<Section> children) {
	}

	private HeadingSections() {
	}

	private static final class Open {
		final SubHeading heading;
		final int level;
		final int start;
		int end;
		final List<Open> children = new ArrayList<>();

		Open(SubHeading heading, int level, ITextRegion region) {
			this.heading = heading;
			this.level = level;
			this.start = region.getOffset();
			this.end = region.getOffset() + region.getLength();
		}

		Section section() {
			return new Section(heading, level, new TextRegion(start, end - start),
					children.stream().map(Open::section).toList());
		}
	}

	public static List<Section> of(List<ProseItem> items) {
		List<Open> top = new ArrayList<>();
		List<Open> open = new ArrayList<>(); // the innermost open section last
		for (ProseItem item : items) {
			ITextRegion region = Nodes.region(item);
			if (region == null) {
				continue;
			}
			if (item instanceof SubHeading heading) {
				int level = HeadingLevel.of(heading);
				while (!open.isEmpty() && open.get(open.size() - 1).level >= level) {
					open.remove(open.size() - 1);
				}
				Open section = new Open(heading, level, region);
				(open.isEmpty() ? top : open.get(open.size() - 1).children).add(section);
				open.add(section);
			}
			for (Open section : open) {
				section.end = Math.max(section.end, region.getOffset() + region.getLength());
			}
		}
		return top.stream().map(Open::section).toList();
	}
}
