package org.nianbao.importer.map;

/** An image of the imported report, saved as {@code file} in {@code folder} beside the report. */
@SuppressWarnings("ArrayRecordComponent") // the bytes are passed on to be written, never compared or hashed
public record ImportedImage(String folder, String file, byte[] data) {

	/** As the report's {@code image} line names it, relative to the report's folder. */
	public String path() {
		return folder + "/" + file;
	}
}
