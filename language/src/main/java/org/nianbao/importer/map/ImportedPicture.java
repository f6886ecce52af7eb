package org.nianbao.importer.map;

/** A picture of the imported report, to be saved at {@code path} (relative to the report's folder). */
public record ImportedPicture(String path, byte[] data) {
}
