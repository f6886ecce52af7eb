package org.nianbao.importer.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Where the report is in a portal's page: the content containers portals use (TRS_Editor, #zoom, ...), else the
 * smallest element that holds the report's first part heading, its last part heading and all its tables. The title comes from the
 * page's ArticleTitle meta tag, else its {@code <title>}.
 */
final class HtmlArticle {

	private static final String[] CONTAINERS = { "div.TRS_Editor", "#zoom", "div.article_content", "div.article-content",
			"div.Custom_UnionStyle", "div.WordSection1", "div.view", "#content", "div.content", "article" };

	private static final String FIRST_PART = "总体情况";
	/** Where a page's report ends: a page whose tables are pictures (or that has none) still holds all parts. */
	private static final String LAST_PART = "其他需要报告的事项";

	private HtmlArticle() {
	}

	static Element find(Document page) {
		for (String selector : CONTAINERS) {
			for (Element candidate : page.select(selector)) {
				if (candidate.text().contains(FIRST_PART)) {
					return candidate;
				}
			}
		}
		Elements mentions = page.getElementsContainingOwnText(FIRST_PART);
		if (mentions.isEmpty()) {
			return null;
		}
		int tables = page.select("table").size();
		boolean lastPart = !page.getElementsContainingOwnText(LAST_PART).isEmpty();
		for (Element element = mentions.first(); element != null; element = element.parent()) {
			if (element.select("table").size() >= tables && (!lastPart || element.text().contains(LAST_PART))
					|| element.parent() == null) {
				return element;
			}
		}
		return page.body();
	}

	static String title(Document page) {
		Element meta = page.selectFirst("meta[name=ArticleTitle]");
		if (meta != null && !meta.attr("content").isBlank()) {
			return HtmlText.normalise(meta.attr("content"));
		}
		String title = HtmlText.normalise(page.title());
		return title.isEmpty() ? null : title;
	}
}
