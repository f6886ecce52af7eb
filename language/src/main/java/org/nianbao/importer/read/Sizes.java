package org.nianbao.importer.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nianbao.importer.UnreadableInput;

/** The size limit on an input file, checked before anything is read. */
public final class Sizes {

	private Sizes() {
	}

	public static void check(Path file, String what) throws UnreadableInput {
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new UnreadableInput("读不出文件：" + e.getClass().getSimpleName());
		}
		if (size > InputLimits.MAX_FILE_BYTES) {
			throw new UnreadableInput(what + "太大（" + size / (1024 * 1024) + " MB，导入上限为 " + InputLimits.MAX_FILE_MB
					+ " MB），未读取：年度报告通常不足 1 MB，请确认是否选错了文件");
		}
	}
}
