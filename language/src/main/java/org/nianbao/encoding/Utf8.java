package org.nianbao.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are UTF-8: the one check for a report file the workspace loads and a page or text the importer
 * decodes. Strict as Java's decoder is (no overlong forms, no surrogates, no sequence cut off at the end).
 */
public final class Utf8 {

	private Utf8() {
	}

	/** True when every byte belongs to a well-formed UTF-8 sequence; a byte-order mark is such a sequence. */
	public static boolean isValid(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(4096); // decoded in pieces: a large page needs no second copy as text
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return !decoder.flush(out).isError();
			}
			out.clear();
		}
	}

	/** True when the bytes begin with UTF-8's byte-order mark (EF BB BF). */
	public static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}
}
