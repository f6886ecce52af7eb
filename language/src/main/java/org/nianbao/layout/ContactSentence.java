package org.nianbao.layout;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.nianbao.Contact;

/** The report's contact block as one sentence closing the preface. */
public final class ContactSentence {
	private ContactSentence() {
	}

	/** "联系方式：局办公室；地址：…；邮编：…；电话：…。", or "" when no contact is given. */
	public static String of(Contact contact) {
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

	private static void add(List<String> items, String name, String value) {
		if (value != null && !value.isBlank()) {
			items.add(name + "：" + value.strip());
		}
	}
}
