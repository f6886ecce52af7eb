package org.nianbao.importer.read.pdf;

import java.awt.geom.Point2D;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page as it is shown: points in user space to points from the top left of the crop box as displayed, y growing
 * downwards, after the page's {@code /Rotate} (a landscape table 3 is often a portrait page turned by 90°). PDFBox
 * gives the glyphs of text that reads across the shown page in this frame; the rulings are put into it too.
 */
final class PageFrame {

	private final PDRectangle box;
	private final int rotation;

	PageFrame(PDPage page) {
		this.box = page.getCropBox();
		this.rotation = Math.floorMod(page.getRotation(), 360);
	}

	Point2D shown(double x, double y) {
		return switch (rotation) {
		case 90 -> new Point2D.Double(y - box.getLowerLeftY(), x - box.getLowerLeftX());
		case 180 -> new Point2D.Double(box.getUpperRightX() - x, y - box.getLowerLeftY());
		case 270 -> new Point2D.Double(box.getUpperRightY() - y, box.getUpperRightX() - x);
		default -> new Point2D.Double(x - box.getLowerLeftX(), box.getUpperRightY() - y);
		};
	}
}
