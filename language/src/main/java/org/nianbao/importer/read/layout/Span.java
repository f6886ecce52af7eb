package org.nianbao.importer.read.layout;

/**
 * A run of text at a horizontal position on its line: {@code x0} where it starts, {@code x1} where it ends, in the
 * source's unit (display columns for text, points for a PDF).
 */
public record Span(String text, double x0, double x1) {
}
