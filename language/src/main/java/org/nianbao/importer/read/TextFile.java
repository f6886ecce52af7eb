package org.nianbao.importer.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nianbao.importer.UnreadableInput;

/** A text file's content, within the size limit, decoded by its BOM or content (UTF-8, UTF-16, GBK). */
public final class TextFile {

	private TextFile() {
	}

	public static String decode(Path file, String what) throws UnreadableInput {
		Sizes.check(file, what);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UnreadableInput("读不出文件：" + e.getClass().getSimpleName());
		}
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0 && !utf16(bytes)) {
				throw new UnreadableInput("不是文本文件（内容是二进制数据），无法导入");
			}
		}
		Charset charset = HtmlCharset.of(bytes);
		String text = new String(bytes, charset);
		return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
	}

	private static boolean utf16(byte[] bytes) {
		return bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
				|| ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF));
	}
}
