package org.nianbao.importer.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.form.HeadingText;
import org.nianbao.form.PartMatch;
import org.nianbao.form.PartMatcher;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.model.Block;
import org.nianbao.importer.model.PrintedImage;
import org.nianbao.importer.model.PrintedCell;
import org.nianbao.importer.model.PrintedReport;
import org.nianbao.importer.model.PrintedTable;
import org.nianbao.importer.model.TextLine;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Table;

/**
 * Reads a printed report against the form: title and facts (organ, year, the date of the closing signature),
 * preface, and the parts under their headings as printed (a misnumbered heading stays misnumbered), each with
 * its prose, sub-headings and table rows. Says what it could not find or decide.
 */
public final class ReportMapper {

	private static final Pattern YEAR = Pattern.compile("([0-9０-９]{4})\\s*年");
	private static final Pattern STATISTICS_YEAR = Pattern.compile("自\\s*([0-9]{4})\\s*年\\s*1\\s*月\\s*1\\s*日");
	private static final Pattern BRACKETED = Pattern.compile("^\\s*[（(]\\s*[一二三四五六七八九十]+\\s*[）)].*");
	private static final Pattern ARABIC_ITEM = Pattern.compile("^\\s*[0-9０-９]{1,2}\\s*[.．、]\\s*\\S.*");
	private static final Pattern BRACKETED_ARABIC = Pattern.compile("^\\s*[（(]\\s*[0-9０-９]{1,2}\\s*[）)]\\s*\\S.*");
	/** A caption under an image: 图1 …, 图 2：…, 图三 …. */
	private static final Pattern CAPTION = Pattern.compile("^\\s*图\\s*[0-9０-９一二三四五六七八九十]{1,3}(?![0-9０-９年月日]).{0,60}");
	private static final int HEADING_MAX = 40;
	/** The last line of a title: …年度报告, …工作报告. */
	private static final Pattern TITLE_END = Pattern.compile("报告[）)]?\\s*$");
	/** The longest line that may follow a title's 报告 line (2023 年度, （2023年）). */
	private static final int TITLE_TAIL_MAX = 12;
	/** How a preface starts, never a title: 本报告…, 根据…, 按照…. */
	private static final Pattern PREFACE_START = Pattern.compile("^\\s*(本报告|本年度报告|根据|按照|依据|依照)");
	private static final int ITEM_HEADING_MAX = 30;

	private final Form form;
	private final List<ImportWarning> warnings;
	private final String imageFolder;
	private final List<ImportedImage> images = new ArrayList<>();
	private final List<ImportWarning> errors = new ArrayList<>();

	/** {@code imageFolder}: where the report's images are saved, relative to the report (e.g. "报告-图片"). */
	public ReportMapper(Form form, List<ImportWarning> warnings, String imageFolder) {
		this.form = form;
		this.warnings = warnings;
		this.imageFolder = imageFolder;
	}

	/**
	 * What the last {@link #map} lost: each part of the form not found, each part without the table it must have
	 * (the text is still written as printed, for a person to complete).
	 */
	public List<ImportWarning> errors() {
		return errors;
	}

	public ImportedReport map(PrintedReport printed, String name) {
		List<Block> blocks = new ArrayList<>(printed.blocks());
		if (printed.extractedText()) {
			blocks = joinBrokenLines(blocks);
		}
		findHeadings(blocks);
		String[] signature = signature(blocks);
		int firstPart = 0;
		while (firstPart < blocks.size() && partHeading(blocks.get(firstPart)) == null) {
			firstPart++;
		}
		if (firstPart == blocks.size()) {
			warnings.add(new ImportWarning("全文", "找不到任何部分标题（如“一、总体情况”）：全文作为序言导入"));
		}
		List<Block> front = blocks.subList(0, firstPart);
		int titleEnd = 0;
		List<String> titleLines = new ArrayList<>();
		while (titleEnd < front.size() && titleEnd < 4 && front.get(titleEnd) instanceof TextLine line
				&& titleLike(line.text())
				&& !PREFACE_START.matcher(line.text()).find()) {
			titleLines.add(line.text().strip());
			titleEnd++;
		}
		// the title ends with its line that ends in 报告 (but for a short one after it: 2023 年度): a preface line short
		// enough to look like a title line is none
		for (int k = 1; k < titleLines.size(); k++) {
			if (TITLE_END.matcher(titleLines.get(k - 1)).find() && titleLines.get(k).length() > TITLE_TAIL_MAX) {
				titleLines.subList(k, titleLines.size()).clear();
				titleEnd = k;
				break;
			}
		}
		String titleSource = titleLines.isEmpty() && printed.pageTitle() != null
				? printed.pageTitle()
				: String.join("", titleLines);
		if (titleLines.isEmpty() && printed.pageTitle() != null) {
			titleLines.add(printed.pageTitle());
		}
		Integer year = null;
		String titleOrgan = null;
		Matcher y = YEAR.matcher(titleSource);
		if (y.find()) {
			year = Integer.valueOf(Signature.digits(y.group(1)));
			String before = titleSource.substring(0, y.start()).strip();
			titleOrgan = before.isEmpty() || before.contains("报告") ? null : before;
		}
		String organ = signature[0] != null ? signature[0] : titleOrgan;
		List<ProseItem> preface = prose(front.subList(titleEnd, front.size()), null);
		if (year == null) {
			for (ProseItem item : preface) {
				Matcher m = STATISTICS_YEAR.matcher(item.text());
				if (m.find()) {
					year = Integer.valueOf(m.group(1));
					break;
				}
			}
		}
		if (organ == null) {
			warnings.add(new ImportWarning("标题", "找不到机关名称（标题和落款都没有），未写 organ"));
		}
		if (year == null) {
			warnings.add(new ImportWarning("标题", "找不到报告年度，未写 year"));
		}
		Map<String, String> contact = new LinkedHashMap<>();
		if (!preface.isEmpty() && preface.get(preface.size() - 1).kind() == ProseItem.Kind.PARAGRAPH) {
			Map<String, String> fields = ContactParagraph.parse(preface.get(preface.size() - 1).text());
			if (fields != null) {
				contact.putAll(fields);
				preface.remove(preface.size() - 1);
			}
		}
		List<String> title = titleLines;
		if (organ != null && year != null && titleLines.equals(List.of(organ, year + "年政府信息公开工作年度报告"))) {
			title = List.of(); // the title the generator prints from organ and year (DocxGenerator.titleLines)
		}
		List<ImportedPart> parts = parts(blocks.subList(firstPart, blocks.size()));
		return new ImportedReport(name, organ, year, signature[1], title, contact, preface, parts, List.copyOf(images));
	}

	private static final Pattern ORGAN_NAME = Pattern
			.compile(".*(人民政府|政府|局|委员会|办公室|办公厅|办事处|管委会|中心|院|厅|署|所|站|队)");

	/** Organ and date of the closing signature, removed from the blocks; nulls when there is none. */
	private static String[] signature(List<Block> blocks) {
		int last = blocks.size() - 1;
		while (last >= 0 && blocks.get(last) instanceof PrintedImage) {
			last--;
		}
		if (last < 0 || !(blocks.get(last) instanceof TextLine dateLine)) {
			return new String[2];
		}
		String date = Signature.date(dateLine.text());
		if (date == null) {
			// a signature without its date: the organ alone closes the report
			String text = dateLine.text().strip();
			if (titleLike(text) && !text.contains("报告") && text.length() <= 40 && ORGAN_NAME.matcher(text).matches()) {
				blocks.remove(last);
				return new String[]{text, null};
			}
			return new String[2];
		}
		String organ = null;
		if (last > 0 && blocks.get(last - 1) instanceof TextLine organLine && titleLike(organLine.text())
				&& !organLine.text().contains("报告")) {
			organ = organLine.text().strip();
			blocks.remove(last);
			blocks.remove(last - 1);
		} else {
			blocks.remove(last);
		}
		return new String[]{organ, date};
	}

	private static boolean titleLike(String text) {
		String s = text.strip();
		return !s.isEmpty() && s.length() <= HEADING_MAX && !s.contains("。") && !s.contains("；") && !s.contains("，");
	}

	/** A line numbered as a part is (三、…, 5.…): a part heading its words do not place may be placed by its number. */
	private static final Pattern PART_NUMBERED = Pattern
			.compile("^\\s*([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\\s*[、.．]\\s*\\S.*");

	private final java.util.IdentityHashMap<Block, PartMatch> headings = new java.util.IdentityHashMap<>();

	/**
	 * The part headings among the blocks, by {@link PartMatcher#matchAll}: by their words, else by their number and
	 * place (a heading followed by a table, or not, before the next one).
	 */
	private void findHeadings(List<Block> blocks) {
		headings.clear();
		List<Integer> at = new ArrayList<>();
		List<PartMatch> byText = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			PartMatch text = textHeading(blocks.get(i));
			if (text != null || (blocks.get(i) instanceof TextLine line && line.heading() < 2 && titleLike(line.text())
					&& PART_NUMBERED.matcher(line.text().replace('\u00A0', ' ')).matches())) {
				at.add(i);
				byText.add(text);
			}
		}
		List<PartMatcher.Heading> written = new ArrayList<>();
		for (int k = 0; k < at.size(); k++) {
			int end = k + 1 < at.size() ? at.get(k + 1) : blocks.size();
			boolean table = blocks.subList(at.get(k) + 1, end).stream().anyMatch(PrintedTable.class::isInstance);
			written.add(new PartMatcher.Heading(
					((TextLine) blocks.get(at.get(k))).text().replace('\u00A0', ' ').strip(), table, null));
		}
		List<PartMatch> matches = PartMatcher.matchAll(written, form);
		for (int k = 0; k < at.size(); k++) {
			PartMatch match = matches.get(k).part() != null ? matches.get(k) : byText.get(k);
			if (match != null) {
				headings.put(blocks.get(at.get(k)), match);
			}
		}
	}

	/** The form part a block is the heading of, or null when it is not a part heading. */
	private PartMatch partHeading(Block block) {
		return headings.get(block);
	}

	/** The form part a block's words make it the heading of, or null when they do not. */
	private PartMatch textHeading(Block block) {
		if (!(block instanceof TextLine line) || line.text().replace('\u00A0', ' ').strip().length() > HEADING_MAX
				|| line.heading() >= 2) {
			return null;
		}
		String text = line.text().replace('\u00A0', ' ').strip(); // a portal's &nbsp; padding is no part of it
		if (BRACKETED.matcher(text).matches() && line.heading() != 1) {
			return null; // （一）… is a sub-item
		}
		PartMatch match = PartMatcher.match(text, form);
		if (match.part() != null) {
			return match;
		}
		return line.heading() == 1 && HeadingText.parse(text).number() != null ? PartMatch.NONE : null;
	}

	private List<ImportedPart> parts(List<Block> blocks) {
		List<ImportedPart> parts = new ArrayList<>();
		Set<FormPart> found = new HashSet<>();
		int i = 0;
		while (i < blocks.size()) {
			TextLine heading = (TextLine) blocks.get(i);
			PartMatch match = partHeading(heading);
			if (match.part() != null) {
				found.add(match.part());
			}
			String text = heading.text().replace('\u00A0', ' ').strip();
			if ((match.part() != null && !match.titleRight()) || (match.part() != null && !match.numberRight())) {
				warnings.add(new ImportWarning(heading.where(),
						"标题印作“" + text + "”，格式为“" + match.part().getLabel() + "”：照印保留"));
			} else if (match.part() == null) {
				warnings.add(new ImportWarning(heading.where(), "标题“" + text + "”不是格式中的部分：照印保留"));
			}
			ImportedPart part = new ImportedPart(text);
			int end = i + 1;
			while (end < blocks.size() && partHeading(blocks.get(end)) == null) {
				end++;
			}
			fill(part, match.part(), blocks.subList(i + 1, end));
			parts.add(part);
			i = end;
		}
		if (!parts.isEmpty()) {
			for (FormPart formPart : form.getParts()) {
				if (!found.contains(formPart)) {
					errors.add(new ImportWarning("全文", "找不到“" + formPart.getLabel() + "”：此部分未导入"
							+ (formPart.getTable() != null ? "（连同它的表格）" : "") + "，请照原文补上"));
				}
			}
		}
		return parts;
	}

	private void fill(ImportedPart part, FormPart formPart, List<Block> blocks) {
		List<Block> before = new ArrayList<>();
		List<PrintedTable> tables = new ArrayList<>();
		List<Block> after = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof PrintedTable table) {
				if (!after.isEmpty()) {
					warnings.add(new ImportWarning(table.where(), "两个表格之间的文字移到了表格之后（语言中一个部分只有一处表格）"));
				}
				tables.add(table);
			} else if (tables.isEmpty()) {
				before.add(block);
			} else {
				after.add(block);
			}
		}
		Table table = formPart == null ? null : formPart.getTable();
		TableText tableText = table == null ? null : new TableText(table);
		part.prose().addAll(prose(before, tableText));
		if (table != null && !tables.isEmpty()) {
			part.rows().addAll(new TableMapper(List.of(table), warnings).map(tables));
		} else if (!tables.isEmpty()) {
			for (PrintedTable printed : tables) {
				warnings.add(new ImportWarning(printed.where(), "“" + part.heading() + "”在格式中没有表格：表格内容作为注释保留"));
				part.prose().add(ProseItem.comment(printed.where() + "（格式中此部分没有表格）："));
				for (List<PrintedCell> row : printed.rows()) {
					part.prose()
							.add(ProseItem.comment(String.join(" | ", row.stream().map(PrintedCell::text).toList())));
				}
			}
		} else if (table != null) {
			errors.add(new ImportWarning("“" + part.heading() + "”", "此部分没有表格：原文的表格丢失或未能读出，请照原文补上"));
		}
		part.closing().addAll(prose(after, tableText));
	}

	/**
	 * The prose of blocks; in a table's part ({@code tableText} not null) lines that are pieces of the table are kept as
	 * comments, said once for each run of them.
	 */
	private List<ProseItem> prose(List<Block> blocks, TableText tableText) {
		List<ProseItem> items = new ArrayList<>();
		boolean inTableText = false;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (tableText != null && block instanceof TextLine line
					&& (tableText.isTableText(line.text()) || (inTableText && TableText.isFragment(line.text())))) {
				if (!inTableText) {
					warnings.add(new ImportWarning(line.where(), "表格的文字（行名、数字）出现在表格之外：作为注释保留，请核对表格"));
					items.add(ProseItem.comment(line.where() + "起，表格之外的表格文字："));
				}
				inTableText = true;
				items.add(ProseItem.comment(line.text().strip()));
				continue;
			}
			inTableText = false;
			if (block instanceof PrintedImage printed) {
				String caption = i + 1 < blocks.size() && blocks.get(i + 1) instanceof TextLine next
						&& next.heading() == 0
						&& CAPTION.matcher(next.text()).matches() && !next.text().strip().endsWith("。")
								? next.text().strip()
								: null;
				ProseItem line = image(printed, caption);
				items.add(line);
				if (caption != null && line.kind() == ProseItem.Kind.IMAGE) {
					i++;
				}
			} else if (block instanceof TextLine line) {
				String text = line.text().strip();
				if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
					warnings.add(new ImportWarning(line.where(), "正文中的“{”“}”在语言中表示引用表中数字，已改为全角“｛”“｝”"));
					text = text.replace('{', '｛').replace('}', '｝');
				}
				int level = itemLevel(line.heading(), text);
				items.add(level > 0 ? ProseItem.subheading(text, level) : ProseItem.paragraph(text));
			} else if (block instanceof PrintedTable table) {
				warnings.add(new ImportWarning(table.where(), "表格出现在第一个部分标题之前，作为注释保留"));
				items.add(ProseItem.comment(table.where() + "："));
				for (List<PrintedCell> row : table.rows()) {
					items.add(ProseItem.comment(String.join(" | ", row.stream().map(PrintedCell::text).toList())));
				}
			}
		}
		return items;
	}

	/**
	 * An image the source holds as PNG or JPEG becomes an {@code image} line and a file in the image folder;
	 * any other (a linked image, a Word drawing, a GIF) stays visible as a comment saying so.
	 */
	private ProseItem image(PrintedImage printed, String caption) {
		String extension = printed.extension();
		String name = printed.name().isBlank() ? "" : "：" + printed.name().strip();
		if (extension == null) {
			if (printed.data() != null) {
				warnings.add(new ImportWarning(printed.where(), "图片不是 PNG 或 JPEG 格式，未能导入：请另存为 PNG 后用 image 行插入"));
			}
			return ProseItem.comment(
					"图片" + name + "（" + printed.where() + "）" + (printed.data() != null ? "：不是 PNG/JPEG，未导入" : ""));
		}
		ImportedImage saved = new ImportedImage(imageFolder, "图" + (images.size() + 1) + "." + extension,
				printed.data());
		images.add(saved);
		if (caption == null) {
			warnings.add(new ImportWarning(printed.where(), "图片下方没有“图1 ……”式的图题：已导入图片，图题请自行补上"));
		}
		return ProseItem.image(saved.path(), caption);
	}

	/** The heading level of a sub-item line: as the source's markup says, else from its number; 0 for a paragraph. */
	private static int itemLevel(int marked, String text) {
		if (marked >= 2 && marked <= 4) {
			return marked;
		}
		if (marked != 0 || text.length() > ITEM_HEADING_MAX || text.contains("。")) {
			return 0;
		}
		return BRACKETED.matcher(text).matches()
				? 2
				: ARABIC_ITEM.matcher(text).matches()
						? 3
						: BRACKETED_ARABIC.matcher(text).matches() ? 4 : 0;
	}

	/**
	 * Text extracted from a document breaks a paragraph where a page ended: a line that stops without closing
	 * punctuation goes on in the next, unless that one starts a heading or an item.
	 */
	private List<Block> joinBrokenLines(List<Block> blocks) {
		List<Block> out = new ArrayList<>();
		int full = fullLine(blocks);
		for (Block block : blocks) {
			if (block instanceof TextLine next && !out.isEmpty() && out.get(out.size() - 1) instanceof TextLine previous
					&& brokenAfter(previous.text(), full) && !startsItem(next.text()) && textHeading(next) == null) {
				out.set(out.size() - 1, new TextLine(previous.text().strip() + next.text().strip(), previous.heading(),
						previous.where()));
				continue;
			}
			out.add(block);
		}
		return out;
	}

	/**
	 * How long a line must be to be broken rather than ended: 30 characters, or less in text copied line by line off
	 * a page, where most lines are as long as the page is wide (28 on the Huaian PDF's).
	 */
	private static int fullLine(List<Block> blocks) {
		Map<Integer, Integer> lengths = new java.util.HashMap<>();
		int lines = 0;
		for (Block block : blocks) {
			if (block instanceof TextLine line && line.text().strip().length() > 15) {
				lengths.merge(line.text().strip().length(), 1, Integer::sum);
				lines++;
			}
		}
		int mode = lengths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
		int near = lengths.getOrDefault(mode - 1, 0) + lengths.getOrDefault(mode, 0)
				+ lengths.getOrDefault(mode + 1, 0);
		return mode >= 20 && near >= 0.4 * lines ? Math.min(LINE_BROKEN_AT, mode - 3) : LINE_BROKEN_AT;
	}

	private static final int LINE_BROKEN_AT = 30;

	private static boolean brokenAfter(String text, int full) {
		String s = text.strip();
		if (s.length() < full) {
			return false;
		}
		char last = s.charAt(s.length() - 1);
		return last == '，' || last == '、' || (last >= '\u4E00' && last <= '\u9FFF');
	}

	private static boolean startsItem(String text) {
		return BRACKETED.matcher(text).matches() || text.strip().matches("^([0-9]+|[一二三四五六七八九十]+)[.、．].*")
				|| Signature.date(text) != null;
	}
}
