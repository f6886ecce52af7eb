package org.nianbao.tests.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .docx written by hand, the way other tools write WordprocessingML: the test states the body's XML (and the
 * numbering part, if any) and this zips it with the parts every package needs.
 */
final class RawDocx {

	static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
			+ "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
			+ "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
			+ "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
			+ "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
			+ "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

	private RawDocx() {
	}

	static Path write(Path file, String body, String numbering) throws IOException {
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + W
				+ "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
		return writeParts(file, document, numbering);
	}

	static Path writeParts(Path file, String document, String numbering) throws IOException {
		return writeParts(file, document, numbering, Map.of());
	}

	/** With images: each relation id names a file under word/media/ (its extension gives its content type). */
	static Path withMedia(Path file, String body, Map<String, String> relations, Map<String, byte[]> media)
			throws IOException {
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + W
				+ "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
		Map<String, byte[]> parts = new LinkedHashMap<>();
		media.forEach((name, data) -> parts.put("word/media/" + name, data));
		StringBuilder rels = new StringBuilder();
		relations.forEach((id, name) -> rels.append("<Relationship Id=\"").append(id)
				.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/")
				.append(name).append("\"/>"));
		return writeParts(file, document, null, parts, rels.toString());
	}

	private static Path writeParts(Path file, String document, String numbering, Map<String, byte[]> media)
			throws IOException {
		return writeParts(file, document, numbering, media, "");
	}

	private static Path writeParts(Path file, String document, String numbering, Map<String, byte[]> media,
			String relations)
			throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"jpg\" ContentType=\"image/jpeg\"/>"
					+ "<Default Extension=\"gif\" ContentType=\"image/gif\"/>"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
					+ (numbering == null
							? ""
							: "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
					+ "</Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
					+ "</Relationships>");
			entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ (numbering == null
							? ""
							: "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>")
					+ relations + "</Relationships>");
			entry(zip, "word/document.xml", document);
			for (Map.Entry<String, byte[]> part : media.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
			if (numbering != null) {
				entry(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + W + ">"
						+ numbering + "</w:numbering>");
			}
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	static String p(String text) {
		return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
	}

	static String tc(String attributes, String text) {
		return "<w:tc><w:tcPr>" + attributes + "</w:tcPr>" + p(text) + "</w:tc>";
	}
}
