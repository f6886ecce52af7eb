package org.nianbao.importer.read;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Where the report is in a portal's page: the content containers portals use (TRS_Editor, #zoom, ...), else the
 * smallest element that holds the report's first part heading, its last part heading and all its tables; and the
 * article's title (see {@link #title}).
 */
final class HtmlArticle {

	private static final String[] CONTAINERS = {"div.TRS_Editor", "#zoom", "div.article_content", "div.article-content",
			"div.Custom_UnionStyle", "div.WordSection1", "div.view", "#content", "div.content", "article"};

	private static final String FIRST_PART = "总体情况";
	/** Where a page's report ends: a page whose tables are images (or that has none) still holds all parts. */
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
			if ((element.select("table").size() >= tables && (!lastPart || element.text().contains(LAST_PART)))
					|| element.parent() == null) {
				return element;
			}
		}
		return page.body();
	}

	/**
	 * The article's title: its ArticleTitle meta tag, else the article's heading printed above it (an h1–h3 or an
	 * element of a title class naming a year's report), else the page's {@code <title>} without the site's name
	 * portals add to it (…年度报告_政府信息公开年报_某某局, …年度报告-某某局).
	 */
	@SuppressWarnings("ReferenceEquality") // the same element of the page, not an equal one
	static String title(Document page, Element article) {
		Element meta = page.selectFirst("meta[name=ArticleTitle]");
		if (meta != null && !meta.attr("content").isBlank()) {
			return PageWhitespace.normalise(meta.attr("content"));
		}
		for (Element heading : page.select("h1, h2, h3, [class~=(?i)title], [id~=(?i)title]")) {
			String text = PageWhitespace.normalise(heading.text());
			if ((article != null && heading.parents().contains(article)) || heading == article) {
				continue;
			}
			if (text.length() <= 60 && REPORT_TITLE.matcher(text).find() && !text.contains(">")
					&& !text.contains("当前位置")) {
				return text;
			}
		}
		String title = PageWhitespace.normalise(page.title());
		for (String piece : SITE_SEPARATOR.split(title, -1)) {
			if (piece.contains("报告")) {
				return piece.strip();
			}
		}
		return title.isEmpty() ? null : title;
	}

	/** A year's report: 2024年…报告, 2024年度…报告. */
	private static final Pattern REPORT_TITLE = Pattern.compile("[0-9０-９]{4}\\s*年.*报告");
	/** Between a page's title and the names of its column and site. */
	private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s*[_|｜]\\s*|\\s+[-—–]\\s+|(?<=报告)\\s*[-—–]+\\s*");
}
