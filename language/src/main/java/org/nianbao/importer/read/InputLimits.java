package org.nianbao.importer.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on what import reads, so that a hostile or broken file costs bounded time and memory. An annual report
 * is a few hundred kilobytes; these limits are far above any real one.
 * <ul>
 * <li>any input: at most {@value #MAX_FILE_MB} MB on disk;</li>
 * <li>.docx: POI's {@link ZipSecureFile} refuses an entry that inflates more than {@code 1/MIN_INFLATE_RATIO}
 * times (a zip bomb), an entry over {@value #MAX_ENTRY_MB} MB, more than {@value #MAX_ZIP_ENTRIES} entries and
 * more than {@value #MAX_TEXT_CHARS} characters of text;</li>
 * <li>.html: the page's nesting is bounded by jsoup; tables are cut at {@value #MAX_TABLE_CELLS} cells and a
 * cell's row or column span at {@value #MAX_SPAN}.</li>
 * </ul>
 * POI's limits are process-wide statics: they are set once, when the first file is imported, and then hold for
 * every document the process opens (the generator writes documents and opens none).
 */
public final class InputLimits {

	public static final int MAX_FILE_MB = 20;
	public static final long MAX_FILE_BYTES = MAX_FILE_MB * 1024L * 1024L;
	public static final double MIN_INFLATE_RATIO = 0.01;
	public static final int MAX_ENTRY_MB = 20;
	public static final int MAX_ZIP_ENTRIES = 1000;
	public static final long MAX_TEXT_CHARS = 5_000_000;
	public static final int MAX_TABLE_CELLS = 20_000;
	public static final int MAX_SPAN = 200;

	private static volatile boolean applied;

	private InputLimits() {
	}

	public static void applyToPoi() {
		if (applied) {
			return;
		}
		synchronized (InputLimits.class) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
			ZipSecureFile.setMaxEntrySize(MAX_ENTRY_MB * 1024L * 1024L);
			ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
			ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
			applied = true;
		}
	}
}
