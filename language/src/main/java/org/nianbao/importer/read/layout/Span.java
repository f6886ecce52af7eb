package org.nianbao.importer.read.layout;

/** A run of text at a horizontal position (stand-in of the layout contract, see {@link LayoutReader}). */
public record Span(String text, double x0, double x1) {
}
