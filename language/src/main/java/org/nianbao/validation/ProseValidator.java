package org.nianbao.validation;

import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.form.PartMatch;
import org.nianbao.form.ProseText;
import org.nianbao.form.ReportSkeleton;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Stray;

/** What the form asks of the prose parts: content, a length limit, things that must be mentioned. */
public class ProseValidator extends NianbaoCheckBase {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	/** Fewer characters than this (punctuation not counted) is no account of a part, e.g. "暂无。" for part 五. */
	static final int MIN_CHARACTERS = 10;

	/** What clerks write for "nothing to report", punctuation removed. */
	private static final Pattern NOTHING = Pattern.compile("无|暂无|没有|无此情况|无相关情况|不涉及|略");

	/** Words that speak of a fee, for a part that must name the fee (信息处理费) but calls it something else. */
	private static final Pattern FEE_WORDS = Pattern.compile("收费|费用|处理费");
	private static final Pattern FEE_CHARGED = Pattern.compile("收取[^。；，]{0,10}费");

	@Check
	public void checkStray(Stray stray) {
		if (FullWidthBar.report(stray, this)) {
			return;
		}
		error("多余的“" + stray.getText() + "”：不属于正文或表格，请删除（正文写在以 | 开头的行中）", stray,
				NianbaoPackage.Literals.PROSE_ITEM__TEXT, IssueCodes.STRAY_TEXT);
	}

	@Check
	public void checkPrompt(Paragraph paragraph) {
		String text = paragraph.getText() + String.join("", paragraph.getTexts());
		if (text.contains(ReportSkeleton.PROMPT)) {
			// an error: a document that still says 【待填写】 must not go out as finished (generate refuses, --force marks a draft)
			error("尚未填写：请把“" + ReportSkeleton.PROMPT + "……”换成本机关的内容", paragraph,
					NianbaoPackage.Literals.PROSE_ITEM__TEXT, IssueCodes.UNFILLED_PROMPT);
		}
	}

	@Check
	public void checkProse(Report report) {
		var evaluation = evaluationOf(report);
		var parts = evaluation.parts();
		java.util.Set<String> running = null;
		for (Part part : report.getParts()) {
			PartMatch match = parts.match(part);
			FormPart formPart = match.part();
			if (formPart == null || parts.written(formPart) != part || !formPart.isProse()) {
				continue;
			}
			String text = ProseText.of(part, evaluation::text);
			if (formPart.getLimit() != null) {
				int limit = Integer.parseInt(formPart.getLimit());
				if (running == null) {
					running = org.nianbao.form.PageFurniture.running(ProseText.lines(report), 2);
				}
				// page numbers and running headers left in the text are not the part's words
				int length = ProseText.length(ProseText.measured(part, evaluation::text, running));
				if (length > limit) {
					warning("“" + formPart.getLabel() + "”共 " + length + " 字，格式要求原则上不超过 " + limit + " 字", part,
							P.getPart_Heading(), IssueCodes.PROSE_TOO_LONG);
				}
			}
			boolean mentionsMissing = false;
			for (String mention : formPart.getMentions()) {
				if (!text.contains(mention)) {
					mentionsMissing = true;
					missingMention(part, formPart, mention, text);
				}
			}
			if (!mentionsMissing) {
				content(part, formPart, evaluation);
			}
		}
	}

	private void missingMention(Part part, FormPart formPart, String mention, String text) {
		String fee = feeWords(text);
		if (mention.endsWith("费") && fee != null) {
			warning("“" + formPart.getLabel() + "”说到了“" + fee + "”，但没有写明“" + mention + "”：格式要求按《政府信息公开信息处理费管理办法》报告"
					+ mention + "的收取情况，请写“本年度未收取" + mention + "”，或写明收取的金额，如“本年度共收取" + mention + "××元”", part,
					P.getPart_Heading(), IssueCodes.MISSING_MENTION, new IssueDatum.Mention(mention));
			return;
		}
		warning("“" + formPart.getLabel() + "”未提及“" + mention + "”：按格式要求应在此部分说明（未发生也应写明，如“未收取" + mention
				+ "”）", part, P.getPart_Heading(), IssueCodes.MISSING_MENTION, new IssueDatum.Mention(mention));
	}

	/** The words by which a text speaks of a fee ("费用", "收取…费"), or null when it does not. */
	private static String feeWords(String text) {
		Matcher word = FEE_WORDS.matcher(text);
		if (word.find()) {
			return word.group();
		}
		Matcher charged = FEE_CHARGED.matcher(text);
		return charged.find() ? charged.group() : null;
	}

	/**
	 * A part left empty, saying only "无", or a few characters. A part that names everything the form asks it to
	 * mention says enough, however short ("未收取信息处理费。" in part 六).
	 */
	private void content(Part part, FormPart formPart, ReportEvaluation evaluation) {
		if (!formPart.getMentions().isEmpty()) {
			return;
		}
		StringBuilder paragraphs = new StringBuilder();
		for (ProseItem item : part.getProse()) {
			if (item instanceof Paragraph) {
				paragraphs.append(ProseText.of(item, evaluation::text));
			}
		}
		if (paragraphs.indexOf(org.nianbao.form.ReportSkeleton.PROMPT) >= 0) {
			return; // a new report's prompt not yet replaced: reported as such (unfilled-prompt)
		}
		String words = paragraphs.toString().replaceAll("[\\s\\p{P}\\u3000]", "");
		String label = "“" + formPart.getLabel() + "”";
		if (words.isEmpty()) {
			warning(label + "没有内容：格式要求此部分写明本年的具体情况，请补充", part, P.getPart_Heading(), IssueCodes.PROSE_TOO_SHORT);
		} else if (NOTHING.matcher(words).matches()) {
			warning(label + "只写了“" + words + "”：格式要求此部分写明本年的具体情况，请补充", part, P.getPart_Heading(),
					IssueCodes.PROSE_TOO_SHORT);
		} else if (words.codePointCount(0, words.length()) < MIN_CHARACTERS) {
			warning(label + "只有 " + words.codePointCount(0, words.length()) + " 个字：格式要求此部分写明本年的具体情况，请补充", part,
					P.getPart_Heading(), IssueCodes.PROSE_TOO_SHORT);
		}
	}
}
