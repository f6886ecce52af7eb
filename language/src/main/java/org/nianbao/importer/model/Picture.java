package org.nianbao.importer.model;

/** A picture in the text; {@code name} is what the source calls it (may be empty). */
public record Picture(String name, String where) implements Block {
}
