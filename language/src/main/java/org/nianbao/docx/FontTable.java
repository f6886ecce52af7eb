package org.nianbao.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The document's font table with an alternate for each GB/T 9704 font a PC may lack: Word shows 仿宋 for
 * 仿宋_GB2312, 楷体 for 楷体_GB2312 and 宋体 for 方正小标宋简体 instead of a Latin fallback. POI writes no font table.
 */
final class FontTable {

	static final String[][] ALTERNATES = {{Fonts.BODY, "仿宋"}, {Fonts.HEADING_2, "楷体"}, {Fonts.TITLE, "宋体"},
			{Fonts.HEADING_1, "SimHei"}, {Fonts.PAGE_NUMBER, "SimSun"}};

	private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
	private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

	private FontTable() {
	}

	static void apply(XWPFDocument document) {
		try {
			PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
			if (document.getPackage().containPart(name)) {
				return;
			}
			PackagePart part = document.getPackage().createPart(name, TYPE);
			document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATION);
			try (OutputStream out = part.getOutputStream()) {
				out.write(xml().getBytes(StandardCharsets.UTF_8));
			}
		} catch (InvalidFormatException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String xml() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
				+ "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		for (String[] font : ALTERNATES) {
			xml.append("<w:font w:name=\"").append(font[0]).append("\"><w:altName w:val=\"").append(font[1])
					.append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>");
		}
		return xml.append("</w:fonts>").toString();
	}
}
