package org.nianbao.form;

import org.nianbao.nianbao.FormPart;

/**
 * Which part of the form a written heading stands for, and whether it is written as printed.
 * {@code part} is null when the heading matches no part of the form.
 */
public record PartMatch(FormPart part, boolean numberRight, boolean titleRight) {

	public static final PartMatch NONE = new PartMatch(null, false, false);
}
