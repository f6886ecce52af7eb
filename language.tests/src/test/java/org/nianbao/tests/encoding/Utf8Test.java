package org.nianbao.tests.encoding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nianbao.encoding.Utf8;
import org.nianbao.tests.support.TestFiles;

/** The one UTF-8 check of the workspace and the importer, on the example report and on bytes a clerk's files hold. */
class Utf8Test {

	private static byte[] example() throws IOException {
		return Files.readAllBytes(TestFiles.examples().resolve("anhe-scjg-2024.nianbao"));
	}

	@Test
	void aReportSavedAsUtf8IsUtf8() throws IOException {
		assertTrue(Utf8.isValid(example()));
		assertTrue(Utf8.isValid(new byte[0]));
		assertTrue(Utf8.isValid("年报 2024".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void theSameReportSavedAsGbkIsNot() throws IOException {
		String text = new String(example(), StandardCharsets.UTF_8);
		assertFalse(Utf8.isValid(text.getBytes(Charset.forName("GBK"))));
		assertFalse(Utf8.isValid("政府信息公开".getBytes(Charset.forName("GBK"))));
	}

	@Test
	void aByteOrderMarkIsUtf8AndIsSeen() throws IOException {
		byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
		byte[] withBom = new byte[bom.length + example().length];
		System.arraycopy(bom, 0, withBom, 0, 3);
		System.arraycopy(example(), 0, withBom, 3, example().length);
		assertTrue(Utf8.isValid(withBom));
		assertTrue(Utf8.startsWithBom(withBom));
		assertFalse(Utf8.startsWithBom(example()));
		assertFalse(Utf8.startsWithBom(Arrays.copyOf(bom, 2)));
	}

	@Test
	void aCharacterCutOffIsNot() {
		byte[] nian = "年".getBytes(StandardCharsets.UTF_8); // three bytes
		assertFalse(Utf8.isValid(Arrays.copyOf(nian, 2)), "cut off at the end");
		byte[] middle = "年报".getBytes(StandardCharsets.UTF_8);
		byte[] cut = new byte[5];
		System.arraycopy(middle, 0, cut, 0, 2);
		System.arraycopy(middle, 3, cut, 2, 3);
		assertFalse(Utf8.isValid(cut), "cut off before the next character");
	}

	@Test
	void overlongFormsAndSurrogatesAreNot() {
		assertFalse(Utf8.isValid(new byte[]{(byte) 0xC0, (byte) 0xAF}), "overlong /");
		assertFalse(Utf8.isValid(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "a surrogate");
	}

	@Test
	void aLongFileIsReadToItsEnd() throws IOException {
		byte[] example = example();
		byte[] many = new byte[example.length * 8 + 1];
		for (int i = 0; i < 8; i++) {
			System.arraycopy(example, 0, many, i * example.length, example.length);
		}
		many[many.length - 1] = (byte) 0xE5; // a character begun in the last byte, far past the first buffer
		assertTrue(example.length * 8 > 4096 * 2, "longer than the decoder's buffer");
		assertFalse(Utf8.isValid(many));
		assertTrue(Utf8.isValid(Arrays.copyOf(many, many.length - 1)));
	}
}
