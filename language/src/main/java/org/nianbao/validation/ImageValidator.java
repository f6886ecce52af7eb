package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.eclipse.xtext.validation.Check;
import org.nianbao.image.LoadedImage;
import org.nianbao.nianbao.Image;
import org.nianbao.nianbao.NianbaoPackage;

/** Images in prose: a PNG or JPEG that exists, is readable, and lies in the report's folder. */
public class ImageValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Check
	public void checkImage(Image image) {
		if (image.getPath() == null) {
			return; // no path in quotes: the syntax error says so
		}
		LoadedImage loaded = LoadedImage.of(image);
		if (loaded.problem() == null) {
			if (image.getText() == null || image.getText().isBlank()) {
				warning("图片没有图题：请在路径后写图题，如 image \"" + image.getPath() + "\" \"图1 ……\"", image, P.getImage_Path(),
						IssueCodes.IMAGE_WITHOUT_CAPTION);
			}
			return;
		}
		String path = "“" + image.getPath() + "”";
		switch (loaded.problem()) {
		case OUTSIDE_FOLDER -> error("图片" + path + "不在本报告所在的文件夹内：请把图片放到报告旁边（或其下的文件夹），写相对路径，如 image \"图表/图1.png\"",
				image, P.getImage_Path(), IssueCodes.IMAGE_OUTSIDE_FOLDER);
		case NOT_FOUND -> error("找不到图片" + path + "：路径相对于本报告所在的文件夹，请确认文件存在、名称拼写正确", image, P.getImage_Path(),
				IssueCodes.IMAGE_NOT_FOUND);
		case UNREADABLE -> error("图片" + path + "无法读取：只支持 PNG 和 JPEG 格式的图片，文件可能已损坏或是其他格式", image,
				P.getImage_Path(), IssueCodes.IMAGE_UNREADABLE);
		case NO_FOLDER -> {
			// an editor buffer without a file: nothing to resolve the path against, and nothing to say
		}
		}
	}
}
