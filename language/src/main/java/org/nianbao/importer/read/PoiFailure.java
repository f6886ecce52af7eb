package org.nianbao.importer.read;

/** Why POI could not open a document, in one line of Chinese. */
final class PoiFailure {

	private PoiFailure() {
	}

	static String explain(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = t.getMessage() == null ? "" : t.getMessage();
			if (message.contains("Zip bomb")) {
				return "疑似压缩炸弹（文件解压后远大于自身，超出导入限制），未读取";
			}
			if (message.contains("MAX_FILE_COUNT") || message.contains("number of files")
					|| message.contains("max file count")) {
				return "文件内部条目过多（超过 " + InputLimits.MAX_ZIP_ENTRIES + " 个），不像年度报告，未读取";
			}
			if (message.contains("text payload") || message.contains("setMaxTextSize")) {
				return "文档文字过多（超过 " + InputLimits.MAX_TEXT_CHARS + " 字），不像年度报告，未读取";
			}
			if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("entity")) {
				return "文档内含 DOCTYPE/外部实体声明（Word 不会写出这种内容，可能是恶意文件），未读取";
			}
			if (message.contains("exceeds the maximum") || message.contains("larger than the max")) {
				return "文档内有超出导入限制的大条目（上限 " + InputLimits.MAX_ENTRY_MB + " MB），未读取";
			}
		}
		return "读不出 Word 文档内容（文件已损坏或不是 .docx）";
	}
}
