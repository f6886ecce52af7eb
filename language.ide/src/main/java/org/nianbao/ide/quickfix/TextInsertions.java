package org.nianbao.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** Insertions collected by offset, so that several texts at one place keep their order. */
final class TextInsertions {

	private final Document document;
	private final Map<Integer, StringBuilder> byOffset = new TreeMap<>();

	TextInsertions(Document document) {
		this.document = document;
	}

	void insert(int offset, String text) {
		byOffset.computeIfAbsent(offset, o -> new StringBuilder()).append(text);
	}

	/** Inserts a whole line after the line that contains {@code offset}. */
	void insertLineAfter(int offset, String line) {
		String text = document.getContents();
		int newline = text.indexOf('\n', offset);
		if (newline < 0) {
			insert(text.length(), lineBreak() + line);
		} else {
			insert(newline + 1, line + lineBreak());
		}
	}

	/** Inserts a whole line before the line that contains {@code offset}. */
	void insertLineBefore(int offset, String line) {
		insert(document.getContents().lastIndexOf('\n', offset - 1) + 1, line + lineBreak());
	}

	/** Inserts text at the end of the document, on a line of its own. */
	void append(String block) {
		String text = document.getContents();
		boolean endsWithBreak = text.isEmpty() || text.endsWith("\n");
		insert(text.length(), (endsWithBreak ? "" : lineBreak()) + block);
	}

	String lineBreak() {
		return document.getContents().contains("\r\n") ? "\r\n" : "\n";
	}

	List<TextEdit> edits() {
		List<TextEdit> edits = new ArrayList<>();
		byOffset.forEach((offset, text) -> {
			Range at = new Range(document.getPosition(offset), document.getPosition(offset));
			edits.add(new TextEdit(at, text.toString()));
		});
		return edits;
	}
}
