package org.nianbao.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file all or nothing: the content goes to a temporary file in the target's folder, which then
 * replaces the target in one rename. A failure at any point leaves no partial file and the old target intact.
 * Only a killed process can leave its temporary file behind ({@code .NAME.docx.<digits>.tmp}, hidden); the next
 * write of the same target removes it. A target without write permission is not replaced.
 */
public final class AtomicFileWriter {

	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

	private AtomicFileWriter() {
	}

	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		if (Files.isDirectory(absolute)) {
			throw new IOException(absolute + " 是文件夹");
		}
		if (readOnly(absolute)) {
			throw new AccessDeniedException(absolute.toString(), null, "文件是只读的");
		}
		Path folder = absolute.getParent();
		removeLeftovers(folder, absolute.getFileName().toString());
		Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
				// POI turns a failed write (a full disk) into an exception that no longer says why: keep the reason
				IOException[] failed = new IOException[1];
				try {
					content.writeTo(new FilterOutputStream(out) {
						@Override
						public void write(int b) throws IOException {
							try {
								out.write(b);
							} catch (IOException e) {
								failed[0] = failed[0] == null ? e : failed[0];
								throw e;
							}
						}

						@Override
						public void write(byte[] b, int off, int len) throws IOException {
							try {
								out.write(b, off, len);
							} catch (IOException e) {
								failed[0] = failed[0] == null ? e : failed[0];
								throw e;
							}
						}

						@Override
						public void flush() throws IOException {
							try {
								out.flush();
							} catch (IOException e) {
								failed[0] = failed[0] == null ? e : failed[0];
								throw e;
							}
						}

						@Override
						public void close() throws IOException {
							flush(); // the content may close its stream; the channel is ours to close
						}
					});
				} catch (IOException | RuntimeException e) {
					if (failed[0] != null && failed[0] != e) {
						failed[0].addSuppressed(e);
						throw failed[0];
					}
					throw e;
				}
				out.flush();
				channel.force(true);
			}
			keepPermissions(absolute, temp);
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	private static boolean readOnly(Path target) throws IOException {
		try {
			return Files.exists(target)
					&& !Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_WRITE);
		} catch (UnsupportedOperationException e) {
			return Files.exists(target) && !Files.isWritable(target);
		}
	}

	/** Temporary files of this target left by a process killed while writing it. */
	private static void removeLeftovers(Path folder, String name) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		String prefix = "." + name + ".";
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
				f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".tmp")
						&& f.getFileName().toString().substring(prefix.length()).matches("[0-9]+\\.tmp"))) {
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
		}
	}

	/** A temporary file is private to its owner; the document should be as readable as the one it replaces. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		try {
			Set<PosixFilePermission> permissions = Files.exists(target)
					? Files.getPosixFilePermissions(target)
					: NEW_FILE;
			Files.setPosixFilePermissions(temp, permissions);
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system: the default permissions stand
		}
	}
}
