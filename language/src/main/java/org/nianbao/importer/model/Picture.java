package org.nianbao.importer.model;

import org.nianbao.image.ReportImage;

/**
 * A picture in the text; {@code name} is what the source calls it (may be empty), {@code data} its bytes when the
 * source holds them (a Word document's embedded picture, a page's inline or saved-beside image), else null.
 */
@SuppressWarnings("ArrayRecordComponent") // the bytes are passed on to be written, never compared or hashed
public record Picture(String name, String where, byte[] data) implements Block {

	public Picture(String name, String where) {
		this(name, where, null);
	}

	/** "png" or "jpg" for the picture formats a report may hold (as {@code image} lines read them), else null. */
	public String extension() {
		ReportImage.Kind kind = data == null ? null : ReportImage.kindOf(data);
		return kind == null ? null : kind.extension;
	}
}
