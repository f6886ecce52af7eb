package org.nianbao.ide.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.explain.ExplainedIssues;
import org.nianbao.explain.Explanation;
import org.nianbao.explain.Explanations;

import com.google.inject.Inject;

/**
 * Completion inside a comment: after {@code // 已核实 } the codes an explanation may name — first the warnings of the
 * line it explains (with their messages), then the other warnings of the report, then every other code; inside any
 * other comment nothing (keywords and rows are no comment's words).
 */
public class ExplanationCodeCompletion {

	private static final Pattern CODE_TYPED = Pattern
			.compile("//[\\s\u3000]*" + Explanations.KEYWORD + "[\\s\u3000]+([A-Za-z0-9-]*)$");

	@Inject
	private ExplainedWarnings warnings;

	/** The completion at an offset inside a line comment, or null when the offset is not in one. */
	public CompletionList at(Document document, XtextResource resource, int offset) {
		if (resource.getParseResult() == null || offset <= 0) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
		if (leaf == null || !leaf.isHidden() || !leaf.getText().startsWith("//") || offset <= leaf.getOffset()) {
			return null;
		}
		String typed = document.getContents().substring(leaf.getOffset(), offset);
		if (typed.indexOf('\n') >= 0 || typed.indexOf('\r') >= 0) {
			return null; // the cursor is on the line after the comment
		}
		Matcher m = CODE_TYPED.matcher(typed);
		if (!m.find()) {
			return new CompletionList(List.of());
		}
		Range range = new Range(document.getPosition(offset - m.group(1).length()), document.getPosition(offset));
		Explanation explanation = warnings.at(resource, leaf.getOffset());
		int target = explanation == null ? -1 : explanation.target();
		Map<String, String> first = new LinkedHashMap<>();
		Map<String, String> second = new LinkedHashMap<>();
		for (Issue issue : warnings.issues(resource)) {
			boolean warning = issue.getSeverity() == Severity.WARNING || ExplainedIssues.isExplained(issue);
			if (!warning || !ExplainedIssues.isExplainable(issue.getCode())) {
				continue;
			}
			if (issue.getLineNumber() != null && issue.getLineNumber() == target) {
				first.putIfAbsent(issue.getCode(), issue.getMessage());
			} else {
				second.putIfAbsent(issue.getCode(), "第 " + issue.getLineNumber() + " 行：" + issue.getMessage());
			}
		}
		List<CompletionItem> items = new ArrayList<>();
		first.forEach((code, message) -> items.add(item(code, "本行的警告：" + message, "0", range)));
		second.forEach((code, message) -> {
			if (!first.containsKey(code)) {
				items.add(item(code, message, "1", range));
			}
		});
		for (String code : new TreeSet<>(ExplainedIssues.codes())) {
			if (ExplainedIssues.isExplainable(code) && !first.containsKey(code) && !second.containsKey(code)) {
				items.add(item(code, null, "2", range));
			}
		}
		return new CompletionList(false, items);
	}

	private static CompletionItem item(String code, String detail, String group, Range range) {
		CompletionItem item = new CompletionItem(code);
		item.setKind(CompletionItemKind.EnumMember);
		item.setDetail(detail);
		item.setSortText(group + code);
		item.setFilterText(code);
		item.setTextEdit(Either.forLeft(new TextEdit(range, code + "：")));
		return item;
	}
}
