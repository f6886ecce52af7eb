package org.nianbao.importer.read.pdf;

/** Raised from inside PDFBox's content stream processing when a document exceeds a {@link PdfLimits} bound. */
final class TooComplex extends RuntimeException {

	private static final long serialVersionUID = 1L;

	TooComplex(String message) {
		super(message, null, false, false);
	}
}
