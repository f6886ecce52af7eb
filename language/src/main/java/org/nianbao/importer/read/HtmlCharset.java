package org.nianbao.importer.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.encoding.Utf8;

/**
 * The character set of a saved page: a byte-order mark, else the page's own {@code <meta charset>} declaration,
 * else UTF-8 if the bytes are valid UTF-8, else GB18030 (older portals write GBK and declare nothing).
 */
final class HtmlCharset {

	private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)",
			Pattern.CASE_INSENSITIVE);

	private HtmlCharset() {
	}

	static Charset of(byte[] bytes) {
		if (Utf8.startsWithBom(bytes)) {
			return StandardCharsets.UTF_8;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
		Matcher meta = META.matcher(head);
		if (meta.find()) {
			String name = meta.group(1).toLowerCase(Locale.ROOT);
			if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
				return Charset.forName("GB18030"); // a superset: pages declared gb2312 often contain GBK characters
			}
			try {
				return Charset.forName(name);
			} catch (IllegalArgumentException e) {
				// an unknown name: fall through to sniffing
			}
		}
		return Utf8.isValid(bytes) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
	}
}
