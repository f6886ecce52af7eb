package org.nianbao.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.nianbao.image.LoadedImage;
import org.nianbao.layout.Block;
import org.nianbao.nianbao.Image;

/**
 * An image in its own centred paragraph, as wide as the text (never wider, never taller than the text area), with
 * its caption centred below it. An image that cannot be read (only possible in a forced draft: validation makes it
 * an error) leaves a line saying so in its place.
 */
final class ImageWriter {

	/** The text area in twips: page less the margins. */
	private static final int TEXT_WIDTH = PageSetup.PAGE_WIDTH - PageSetup.MARGIN_LEFT - PageSetup.MARGIN_RIGHT;
	private static final int TEXT_HEIGHT = PageSetup.PAGE_HEIGHT - PageSetup.MARGIN_TOP - PageSetup.MARGIN_BOTTOM;
	private static final int EMU_PER_TWIP = Units.EMU_PER_POINT / 20;

	private ImageWriter() {
	}

	static void write(XWPFDocument document, Block.Image block) {
		LoadedImage loaded = block.image();
		Image image = block.source();
		if (loaded.problem() != null) {
			DocxGenerator.paragraph(document, Styles.FIGURE, "［图片无法读取：" + image.getPath() + "］");
		} else {
			XWPFParagraph paragraph = new XWPFParagraph(DocxGenerator.paragraph(document, Styles.FIGURE, ""), document);
			long width = (long) TEXT_WIDTH * EMU_PER_TWIP;
			long height = width * loaded.height() / loaded.width();
			long maxHeight = (long) (TEXT_HEIGHT - 2 * PageSetup.LINE_PITCH) * EMU_PER_TWIP; // room for the caption
			if (height > maxHeight) {
				width = width * maxHeight / height;
				height = maxHeight;
			}
			try {
				paragraph.createRun().addPicture(new ByteArrayInputStream(loaded.bytes()),
						loaded.kind() == LoadedImage.Kind.PNG ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
						loaded.file().getFileName().toString(), (int) width, (int) height);
			} catch (IOException | InvalidFormatException e) {
				DocxGenerator.paragraph(document, Styles.FIGURE, "［图片无法读取：" + image.getPath() + "］");
			}
		}
		if (!block.caption().isEmpty()) {
			DocxGenerator.paragraph(document, Styles.CAPTION, block.caption());
		}
	}
}
