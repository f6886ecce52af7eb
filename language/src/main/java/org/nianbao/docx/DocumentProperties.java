package org.nianbao.docx;

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

	private DocumentProperties() {
	}

	static void apply(XWPFDocument document, Report report, String title) {
		var core = document.getProperties().getCoreProperties();
		core.setTitle(XmlText.clean(title));
		String organ = report.getOrgan() == null ? "" : XmlText.clean(report.getOrgan().strip());
		core.setCreator(organ);
		core.setLastModifiedByUser(organ);
		var extended = document.getProperties().getExtendedProperties().getUnderlyingProperties();
		extended.setApplication("Nianbao");
		if (extended.isSetAppVersion()) {
			extended.unsetAppVersion();
		}
		compatibilityMode(document);
		FontTable.apply(document);
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
