package org.nianbao.docx;

import java.util.ArrayList;
import java.util.List;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.nianbao.nianbao.Contact;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/** The report's contact block as one sentence closing the preface. */
final class ContactSentence {
	private ContactSentence() {
	}

	/** "联系方式：局办公室；地址：…；邮编：…；电话：…。", or "" when no contact is given. */
	static String of(Contact contact) {
		if (contact == null) {
			return "";
		}
		List<String> items = new ArrayList<>();
		if (contact.getOffice() != null && !contact.getOffice().isBlank()) {
			items.add(contact.getOffice().strip());
		}
		add(items, "地址", contact.getAddress());
		add(items, "邮编", contact.getPostcode());
		add(items, "电话", contact.getPhone());
		add(items, "传真", contact.getFax());
		add(items, "电子邮箱", contact.getEmail());
		add(items, "网址", contact.getWebsite());
		return items.isEmpty() ? "" : "联系方式：" + String.join("；", items) + "。";
	}

	/**
	 * Writes the sentence into {@code p} left-aligned (a justified line with a long e-mail address is stretched
	 * into gaps) with a non-breaking hyphen inside numbers, so 0533-6315004 never breaks at the hyphen.
	 */
	static void write(CTP p, String sentence) {
		CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		pPr.addNewJc().setVal(STJc.LEFT);
		String[] pieces = XmlText.clean(sentence).split("(?<=[0-9])-(?=[0-9])", -1);
		for (int i = 0; i < pieces.length; i++) {
			CTR r = p.addNewR();
			if (i > 0) {
				r.addNewNoBreakHyphen();
			}
			CTText t = r.addNewT();
			t.setStringValue(pieces[i]);
			t.setSpace(SpaceAttribute.Space.PRESERVE);
		}
	}

	private static void add(List<String> items, String name, String value) {
		if (value != null && !value.isBlank()) {
			items.add(name + "：" + value.strip());
		}
	}
}
