package org.nianbao.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a document could not be written, said in Chinese: the operating system's reasons are English. */
public final class WriteFailure {

	private WriteFailure() {
	}

	public static String explain(Exception failure) {
		Exception e = cause(failure);
		String message = e.getMessage() == null ? "" : e.getMessage();
		String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : message;
		if (reason.contains("No space left") || reason.contains("Disk quota")) {
			return "磁盘空间不足";
		}
		if (reason.contains("Read-only file system")) {
			return "所在文件夹只读，不能写入";
		}
		if (e instanceof AccessDeniedException) {
			return reason.equals("文件是只读的") ? "文件是只读的，未覆盖" : "没有写入权限";
		}
		if (e instanceof FileAlreadyExistsException exists) {
			return Path.of(exists.getFile()).getFileName() + " 已存在，未覆盖（确需覆盖请加 --overwrite）";
		}
		if (e instanceof NoSuchFileException) {
			return "文件夹不存在";
		}
		if (e instanceof RuntimeException) { // a bug of the generator, not of the disk
			return "生成文档时出错（" + e.getClass().getSimpleName() + "）";
		}
		return message.isBlank() ? "写入失败（" + e.getClass().getSimpleName() + "）" : "写入失败：" + message;
	}

	/** POI wraps the file system's exception (e.g. a full disk) in a runtime exception of its own. */
	private static Exception cause(Exception failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof IOException io) {
				return io;
			}
		}
		return failure;
	}
}
