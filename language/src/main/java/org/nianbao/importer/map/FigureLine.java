package org.nianbao.importer.map;

import java.util.List;

/**
 * One figure row to write: the form's row name (or, for a label that matched nothing, a name made from the
 * label, so that validation reports it), its values as printed, and comment lines to put above it.
 */
public record FigureLine(String row, List<String> values, List<String> comments) {
}
