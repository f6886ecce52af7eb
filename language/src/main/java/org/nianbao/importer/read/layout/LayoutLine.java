package org.nianbao.importer.read.layout;

import java.util.List;

/**
 * One printed line, spans left to right; top/bottom in the page's unit growing downwards; where e.g.
 * "第2页第14行" (stand-in of the layout contract, see {@link LayoutReader}).
 */
public record LayoutLine(List<Span> spans, double top, double bottom, int page, String where) {
}
