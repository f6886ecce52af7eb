package org.nianbao.ide.formatting;

import org.eclipse.xtext.util.ITextRegion;

/** A replacement of the start of one line. */
public record LineEdit(int offset, int length, String replacement) {

	boolean intersects(ITextRegion region) {
		int end = region.getOffset() + region.getLength();
		return offset <= end && region.getOffset() <= offset + length;
	}
}
