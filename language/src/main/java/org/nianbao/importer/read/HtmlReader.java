package org.nianbao.importer.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.importer.model.Block;
import org.nianbao.importer.model.PrintedImage;
import org.nianbao.importer.model.PrintedReport;
import org.nianbao.importer.model.TextLine;

/**
 * Reads a report page as portals publish it: finds the article inside the page's navigation and footer, and
 * turns it into paragraphs and tables. Nothing is fetched: jsoup parses the saved file and loads no resources; a
 * image is taken from the page itself (a data: URI) or from the folder the page was saved with, never the network.
 */
public final class HtmlReader {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"section", "article", "blockquote", "center", "pre", "dl", "dt", "dd", "form", "header", "footer");

	private final Path folder;
	private final List<Block> blocks = new ArrayList<>();
	private StringBuilder current = new StringBuilder();
	private int headingOfCurrent;
	private int paragraphs;
	private int tables;

	private HtmlReader(Path folder) {
		this.folder = folder;
	}

	public static PrintedReport read(Path file) throws UnreadableInput {
		Sizes.check(file, "网页文件");
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UnreadableInput("读不出文件：" + e.getClass().getSimpleName());
		}
		Charset charset = HtmlCharset.of(bytes);
		Document page = Jsoup.parse(new String(bytes, charset));
		Element article = HtmlArticle.find(page);
		if (article == null) {
			throw new UnreadableInput("网页中找不到年度报告正文（没有“总体情况”等部分标题），无法导入");
		}
		HtmlReader reader = new HtmlReader(file.toAbsolutePath().getParent());
		reader.walk(article, 0);
		reader.flush();
		return new PrintedReport(reader.blocks, HtmlArticle.title(page, article), false);
	}

	/** Past this depth an element's text is taken whole (jsoup walks it without recursion). */
	static final int MAX_DEPTH = 200;

	private void walk(Element element, int depth) {
		if (depth > MAX_DEPTH) {
			current.append(element.text());
			return;
		}
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				current.append(text.getWholeText());
			} else if (child instanceof Element e) {
				String tag = e.normalName();
				switch (tag) {
				case "script", "style", "noscript", "template", "iframe", "object", "button", "select", "input" -> {
				}
				case "br" -> flush();
				case "table" -> {
					flush();
					tables++;
					blocks.add(HtmlTable.read(e, "表格" + tables));
				}
				case "img" -> {
					flush();
					blocks.add(new PrintedImage(e.attr("alt").isBlank() ? e.attr("src") : e.attr("alt"),
							"段落" + (paragraphs + 1),
							PageImage.data(e.attr("src"), folder)));
				}
				default -> {
					boolean block = BLOCKS.contains(tag);
					if (block) {
						flush();
					}
					if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
						// a page's title and parts are h1/h2; under them h3 is a sub-item, h4 and h5 the next levels
						headingOfCurrent = tag.charAt(1) <= '2' ? 1 : Math.min(4, tag.charAt(1) - '1');
					}
					walk(e, depth + 1);
					if (block) {
						flush();
					}
				}
				}
			}
		}
	}

	private void flush() {
		String text = PageWhitespace.normalise(current.toString());
		if (!text.isEmpty()) {
			paragraphs++;
			blocks.add(new TextLine(text, headingOfCurrent, "段落" + paragraphs));
		}
		current = new StringBuilder();
		headingOfCurrent = 0;
	}
}
