package org.nianbao.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.nianbao.nianbao.Image;

/**
 * The image an {@code image "path" "caption"} line names, loaded: the path is relative to the report's file and
 * must stay inside the report's folder; the file must be a PNG or JPEG that can be read. One reading for validation
 * and for both writers.
 */
@SuppressWarnings("ArrayRecordComponent") // the bytes are passed on to be written, never compared or hashed
public record LoadedImage(Problem problem, Path file, Kind kind, int width, int height, byte[] bytes) {

	/** What can be wrong with the image. */
	public enum Problem {
		/** The path leaves the report's folder (.., an absolute path, another drive). */
		OUTSIDE_FOLDER,
		/** No such file. */
		NOT_FOUND,
		/** Not a PNG or JPEG, or damaged. */
		UNREADABLE,
		/** The report is not a file on disk (an editor buffer without a file): the path cannot be resolved. */
		NO_FOLDER
	}

	public enum Kind {
		PNG("png"), JPEG("jpg");

		/** The file ending an image of this kind is saved with. */
		public final String extension;

		Kind(String extension) {
			this.extension = extension;
		}
	}

	/** Bigger than any chart in a report; a larger file is not read into memory. */
	private static final long MAX_BYTES = 20L * 1024 * 1024;

	public static LoadedImage of(Image image) {
		Path folder = folderOf(image.eResource());
		if (folder == null) {
			return problem(Problem.NO_FOLDER, null);
		}
		String written = image.getPath() == null ? "" : image.getPath().strip().replace('\\', '/');
		Path file;
		try {
			file = folder.resolve(written).normalize();
		} catch (InvalidPathException e) {
			return problem(Problem.NOT_FOUND, null);
		}
		if (written.isEmpty() || written.startsWith("/") || written.matches("^[A-Za-z]:.*")
				|| !file.startsWith(folder)) {
			return problem(Problem.OUTSIDE_FOLDER, file);
		}
		if (!Files.isRegularFile(file)) {
			return problem(Problem.NOT_FOUND, file);
		}
		try {
			if (!file.toRealPath().startsWith(folder.toRealPath())) {
				return problem(Problem.OUTSIDE_FOLDER, file); // a link inside the folder to a file outside it
			}
			if (Files.size(file) > MAX_BYTES) {
				return problem(Problem.UNREADABLE, file);
			}
			byte[] bytes = Files.readAllBytes(file);
			Kind kind = kindOf(bytes);
			if (kind == null) {
				return problem(Problem.UNREADABLE, file);
			}
			BufferedImage read;
			try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
				read = ImageIO.read(in);
			}
			if (read == null || read.getWidth() <= 0 || read.getHeight() <= 0) {
				return problem(Problem.UNREADABLE, file);
			}
			return new LoadedImage(null, file, kind, read.getWidth(), read.getHeight(), bytes);
		} catch (IOException | RuntimeException e) {
			return problem(Problem.UNREADABLE, file);
		}
	}

	private static LoadedImage problem(Problem problem, Path file) {
		return new LoadedImage(problem, file, null, 0, 0, null);
	}

	/**
	 * PNG or JPEG by the bytes' signature, not the file's name (a .png that is really a JPEG is still an image); null
	 * for any other format.
	 */
	public static Kind kindOf(byte[] bytes) {
		if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return Kind.PNG;
		}
		if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Kind.JPEG;
		}
		return null;
	}

	private static Path folderOf(Resource resource) {
		if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
			return null;
		}
		URI uri = resource.getURI();
		try {
			Path path = Path.of(uri.toFileString()).toAbsolutePath().normalize();
			return path.getParent();
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
