package org.nianbao.html;

import java.util.Base64;

import org.nianbao.image.LoadedImage;
import org.nianbao.layout.Block;
import org.nianbao.nianbao.Image;

/**
 * An image of the prose in the page itself, as a data: URI (the page loads nothing from elsewhere), as wide as the
 * text at most, its caption below. One that cannot be read (only in a forced draft) is named where it would be.
 */
final class ImageHtml {

	private ImageHtml() {
	}

	static void write(StringBuilder out, Block.Image block, SourceAttributes source) {
		LoadedImage loaded = block.image();
		Image image = block.source();
		String caption = block.caption();
		out.append("<figure");
		source.append(out, image, "image");
		out.append('>');
		if (loaded.problem() == null && loaded.bytes() != null) {
			out.append("<img src=\"data:image/").append(loaded.kind() == LoadedImage.Kind.PNG ? "png" : "jpeg")
					.append(";base64,").append(Base64.getEncoder().encodeToString(loaded.bytes())).append("\" width=\"")
					.append(loaded.width()).append("\" height=\"").append(loaded.height()).append("\" alt=\"");
			HtmlText.escape(caption, out);
			out.append("\">");
		} else {
			out.append("<span class=\"missing\">［图片无法读取：");
			HtmlText.escape(image.getPath(), out);
			out.append("］</span>");
		}
		if (!caption.isEmpty()) {
			out.append("<figcaption>");
			HtmlText.escape(caption, out);
			out.append("</figcaption>");
		}
		out.append("</figure>\n");
	}
}
