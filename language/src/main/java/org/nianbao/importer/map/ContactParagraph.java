package org.nianbao.importer.map;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A preface paragraph that is a contact block on its own, "联系方式：局办公室；地址：…；邮编：…；电话：…。" (as the
 * generator prints the language's {@code contact}), read back into its fields. A contact inside a sentence of
 * the preface stays prose: it is printed text.
 */
final class ContactParagraph {

	private static final Map<String, String> FIELDS = Map.of("地址", "address", "邮编", "postcode", "电话", "phone",
			"传真", "fax", "电子邮箱", "email", "网址", "website");

	private ContactParagraph() {
	}

	/** The fields, or null when the paragraph is not such a block. */
	static Map<String, String> parse(String paragraph) {
		String s = paragraph.strip();
		if (!s.startsWith("联系方式：") || !s.endsWith("。")) {
			return null;
		}
		Map<String, String> out = new LinkedHashMap<>();
		String[] items = s.substring("联系方式：".length(), s.length() - 1).split("；", -1);
		for (int i = 0; i < items.length; i++) {
			String item = items[i];
			int colon = item.indexOf('：');
			String name = colon < 0 ? null : FIELDS.get(item.substring(0, colon));
			if (name != null && !out.containsKey(name)) {
				out.put(name, item.substring(colon + 1));
			} else if (i == 0 && colon < 0) {
				out.put("office", item);
			} else {
				return null;
			}
		}
		return out.isEmpty() || out.values().stream().anyMatch(v -> v.isBlank() || v.contains("\""))
				? null
				: order(out);
	}

	private static Map<String, String> order(Map<String, String> fields) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String key : new String[]{"office", "address", "postcode", "phone", "fax", "email", "website"}) {
			if (fields.containsKey(key)) {
				out.put(key, fields.get(key));
			}
		}
		return out;
	}
}
