package org.nianbao.importer.model;

/**
 * A picture in the text; {@code name} is what the source calls it (may be empty), {@code data} its bytes when the
 * source holds them (a Word document's embedded picture, a page's inline or saved-beside image), else null.
 */
public record Picture(String name, String where, byte[] data) implements Block {

	public Picture(String name, String where) {
		this(name, where, null);
	}

	/** "png" or "jpg" for the picture formats a report may hold, null for any other (or no data). */
	public String extension() {
		if (data == null || data.length < 4) {
			return null;
		}
		if ((data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
			return "png";
		}
		if ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
			return "jpg";
		}
		return null;
	}
}
