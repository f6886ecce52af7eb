package org.nianbao.tests.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Small bar-chart-like images written for tests. */
public final class TestImages {

	private TestImages() {
	}

	public static Path write(Path file, String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0xC0, 0x30, 0x30));
		g.fillRect(width / 8, height / 3, width / 4, height * 2 / 3);
		g.setColor(new Color(0x30, 0x60, 0xC0));
		g.fillRect(width / 2, height / 6, width / 4, height * 5 / 6);
		g.dispose();
		Files.createDirectories(file.getParent());
		if (!ImageIO.write(image, format, file.toFile())) {
			throw new IOException("no writer for " + format);
		}
		return file;
	}
}
