package org.nianbao.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importer.Importer;

/**
 * Pages stored turned by {@code /Rotate} (as a landscape page holding table 3 often is: the page portrait in the
 * file, its content drawn turned, the viewer turning it back): each page of the Huaian PDF rewritten so, which
 * pdftoppm renders pixel for pixel as the original page. Text and ruled tables read as from the original.
 */
class PdfRotatedPageTest {

	@Test
	void aPageStoredWithRotateReadsAsTheShownPage(@TempDir Path dir) throws Exception {
		for (int rotation : new int[]{90, 180, 270}) {
			Path turned = dir.resolve("turned-" + rotation + ".pdf");
			try (PDDocument document = Loader.loadPDF(Imports.resource("huaian-szf-2024.pdf").toFile())) {
				for (PDPage page : document.getPages()) {
					turn(document, page, rotation);
				}
				document.save(turned.toFile());
			}
			Importer.Result original = Imports.importInto(Imports.resource("huaian-szf-2024.pdf"),
					dir.resolve("original.nianbao"));
			Importer.Result read = Imports.importInto(turned, dir.resolve("turned-" + rotation + ".nianbao"));
			assertTrue(read.text().contains("\n案件数 72 64 178 37 351 13 4 8 1 26 12 1 1 6 20\n"), read.text());
			assertEquals(body(original), body(read), "/Rotate " + rotation);
			assertEquals(original.warnings().size(), read.warnings().size(), read.warnings().toString());
		}
	}

	/**
	 * Stores {@code page} turned: the media box turned, the content drawn through the inverse turn, {@code /Rotate}
	 * set so that a viewer shows it as before.
	 */
	private static void turn(PDDocument document, PDPage page, int rotation) throws Exception {
		PDRectangle box = page.getMediaBox();
		float w = box.getWidth();
		float h = box.getHeight();
		Matrix inverse = switch (rotation) {
		case 90 -> new Matrix(0, 1, -1, 0, h, 0);
		case 180 -> new Matrix(-1, 0, 0, -1, w, h);
		default -> new Matrix(0, -1, 1, 0, 0, w);
		};
		try (PDPageContentStream before = new PDPageContentStream(document, page,
				PDPageContentStream.AppendMode.PREPEND, false)) {
			before.saveGraphicsState();
			before.transform(inverse);
		}
		try (PDPageContentStream after = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
				false)) {
			after.restoreGraphicsState();
		}
		page.setMediaBox(rotation == 180 ? new PDRectangle(0, 0, w, h) : new PDRectangle(0, 0, h, w));
		page.setCropBox(null);
		page.setRotation(rotation);
	}

	private static String body(Importer.Result result) {
		return result.text().substring(result.text().indexOf("\n#"));
	}
}
