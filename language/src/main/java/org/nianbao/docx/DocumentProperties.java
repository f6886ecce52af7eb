package org.nianbao.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nianbao.nianbao.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompatSetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * What Word shows under File › Info: the report's title and the organ as author, not POI's name; and the
 * compatibility mode of Word 2013 and later, so Word does not open the document in compatibility mode.
 */
final class DocumentProperties {

	private static final String WORD_URI = "http://schemas.microsoft.com/office/word";
	private static final String APPLICATION = "Nianbao";
	private static final int MAX_APP_XML = 64 * 1024;

	private DocumentProperties() {
	}

	static void apply(XWPFDocument document, Report report, String title) {
		var core = document.getProperties().getCoreProperties();
		core.setTitle(XmlText.clean(title));
		String organ = report.getOrgan() == null ? "" : XmlText.clean(report.getOrgan().strip());
		core.setCreator(organ);
		core.setLastModifiedByUser(organ);
		var extended = document.getProperties().getExtendedProperties().getUnderlyingProperties();
		extended.setApplication(APPLICATION);
		if (extended.isSetAppVersion()) {
			extended.unsetAppVersion();
		}
		compatibilityMode(document);
		FontTable.apply(document);
	}

	/**
	 * Whether a file is a Word document Nianbao wrote (its docProps/app.xml names Nianbao as the application): read
	 * as a zip, without opening the document; anything unreadable is not ours.
	 */
	static boolean writtenByNianbao(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry app = zip.getEntry("docProps/app.xml");
			if (app == null) {
				return false;
			}
			try (InputStream in = zip.getInputStream(app)) {
				String xml = new String(in.readNBytes(MAX_APP_XML), StandardCharsets.UTF_8);
				return xml.contains("<Application>" + APPLICATION + "</Application>");
			}
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static void compatibilityMode(XWPFDocument document) {
		CTSettings settings = settings(document);
		CTCompat compat = settings.isSetCompat() ? settings.getCompat() : settings.addNewCompat();
		CTCompatSetting setting = compat.addNewCompatSetting();
		setting.setName("compatibilityMode");
		setting.setUri(WORD_URI);
		setting.setVal("15");
	}

	private static CTSettings settings(XWPFDocument document) {
		return document.getSettings().getCTSettings();
	}
}
