package org.nianbao.importer.read.pdf;

/** What one document may cost: operators processed and time spent, shared by the text and the drawing passes. */
final class Budget {

	private final long start = System.currentTimeMillis();
	private long operators;

	void operator() {
		if (++operators > PdfLimits.MAX_OPERATORS) {
			throw new TooComplex("PDF 内容过于复杂（超过 " + PdfLimits.MAX_OPERATORS + " 个绘图指令），未读取");
		}
		if ((operators & 0x3FF) == 0 && System.currentTimeMillis() - start > PdfLimits.MAX_MILLIS) {
			throw new TooComplex("PDF 读取超时（超过 " + PdfLimits.MAX_MILLIS / 1000 + " 秒），未读取：文件可能已损坏或内容异常");
		}
	}
}
