package org.nianbao.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.nianbao.nianbao.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * What Word shows under File › Info: the report's title and the organ as author, not POI's name; and the
 * compatibility mode of Word 2013 and later, so Word does not open the document in compatibility mode.
 */
final class DocumentProperties {

	private static final String WORD_URI = "http://schemas.microsoft.com/office/word";
	private static final String APPLICATION = "Nianbao";
	private static final int MAX_APP_XML = 64 * 1024;
	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final QName COMPAT = new QName(W, "compat", "w");
	/** CT_Settings' elements after w:compat. */
	private static final Set<String> AFTER_COMPAT = Set.of("docVars", "rsids", "mathPr", "attachedSchema",
			"themeFontLang",
			"clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
			"readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
			"decimalSymbol",
			"listSeparator");

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

	/**
	 * {@code <w:compat><w:compatSetting w:name="compatibilityMode" …/></w:compat>} written with a cursor: the typed
	 * CTCompat classes are not in poi-ooxml-lite, the schemas the jar carries. w:compat goes before the first of
	 * the settings that follow it in CT_Settings' sequence (ECMA-376 §17.15.1.78), its settings last inside it.
	 */
	private static void compatibilityMode(XWPFDocument document) {
		try (XmlCursor cursor = settings(document).newCursor()) {
			if (!cursor.toChild(COMPAT)) {
				boolean beforeFollower = false;
				if (cursor.toFirstChild()) {
					do {
						beforeFollower = AFTER_COMPAT.contains(cursor.getName().getLocalPart());
					} while (!beforeFollower && cursor.toNextSibling());
					if (!beforeFollower) {
						cursor.toParent();
					}
				}
				if (!beforeFollower) {
					cursor.toEndToken();
				}
				cursor.beginElement(COMPAT); // the cursor is now inside the new, empty w:compat
			} else {
				cursor.toEndToken();
			}
			cursor.beginElement(new QName(W, "compatSetting", "w"));
			cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
			cursor.insertAttributeWithValue(new QName(W, "uri", "w"), WORD_URI);
			cursor.insertAttributeWithValue(new QName(W, "val", "w"), "15");
		}
	}

	private static CTSettings settings(XWPFDocument document) {
		return document.getSettings().getCTSettings();
	}
}
