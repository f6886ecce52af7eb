package org.nianbao.importer.model;

import org.nianbao.image.LoadedImage;

/**
 * An image in the text; {@code name} is what the source calls it (may be empty), {@code data} its bytes when the
 * source holds them (a Word document's embedded image, a page's inline or saved-beside one), else null.
 */
@SuppressWarnings("ArrayRecordComponent") // the bytes are passed on to be written, never compared or hashed
public record PrintedImage(String name, String where, byte[] data) implements Block {

	public PrintedImage(String name, String where) {
		this(name, where, null);
	}

	/** "png" or "jpg" for the image formats a report may hold (as {@code image} lines read them), else null. */
	public String extension() {
		LoadedImage.Kind kind = data == null ? null : LoadedImage.kindOf(data);
		return kind == null ? null : kind.extension;
	}
}
