package org.nianbao.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.nianbao.ide.text.LineStarts;
import org.nianbao.nianbao.Figures;

import com.google.inject.Inject;

/**
 * Formatting of a report: aligns the figures of each table in columns and touches nothing else.
 * Prose, headings and comments stay byte for byte as written.
 */
public class TableFormattingService extends FormattingService {

	@Inject
	private FigureAligner aligner;

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		List<TextEdit> edits = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return edits;
		}
		ITextRegion requested = new TextRegion(offset, length);
		String text = document.getContents();
		LineStarts lines = LineStarts.of(text);
		resource.getAllContents().forEachRemaining(object -> {
			if (object instanceof Figures figures) {
				for (LineEdit edit : aligner.align(figures, text)) {
					if (edit.intersects(requested)) {
						edits.add(new TextEdit(
								new Range(lines.position(edit.offset()), lines.position(edit.offset() + edit.length())),
								edit.replacement()));
					}
				}
			}
		});
		return edits;
	}
}
