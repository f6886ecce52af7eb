package org.nianbao.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueDatum;

import com.google.inject.Inject;

/** Quick fixes for the language core's diagnostics. Numbers come from the diagnostics' data or the evaluator. */
public class NianbaoQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@Inject
	private MissingRowsFix missingRows;

	@Inject
	private MissingPartsFix missingParts;

	@Inject
	private UnfilledToZero unfilled;

	@QuickFix(IssueCodes.TOTAL_MISMATCH)
	public void computedTotal(DiagnosticResolutionAcceptor acceptor) {
		IssueDatum.Replacement computed = DiagnosticData.first(current.get(), IssueDatum.Replacement.class);
		if (computed != null) {
			String value = computed.text();
			// a total off only because a cell it adds up is off is not reported by the evaluator, so gets no fix
			acceptor.accept("改为计算值 " + value, (ITextModification) (d, object, document) -> createTextEdit(d, value));
		}
	}

	@QuickFix(IssueCodes.FULL_WIDTH_DIGITS)
	public void asciiDigits(DiagnosticResolutionAcceptor acceptor) {
		Diagnostic diagnostic = current.get();
		replaceWithData(diagnostic, acceptor, "改为半角数字 %s");
	}

	@QuickFix(IssueCodes.CARRY_OVER_MISMATCH)
	public void lastYearsValue(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(current.get(), acceptor, "改为上年报告结转的 %s");
	}

	@QuickFix(IssueCodes.IN_FORCE_MISMATCH)
	public void inForceFromLastYear(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(current.get(), acceptor, "改为上年现行有效加本年制发减本年废止的 %s");
	}

	@QuickFix(IssueCodes.ITEM_MISNUMBERED)
	public void itemNumber(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(current.get(), acceptor, "改为“%s”");
	}

	@QuickFix(IssueCodes.PROSE_ROUNDING)
	public void roundedAsTheTable(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(current.get(), acceptor, "改为 %s");
	}

	@QuickFix(IssueCodes.PROSE_CHANGE_MISMATCH)
	public void changeAsTheTables(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(current.get(), acceptor, "改为 %s");
	}

	@QuickFix(IssueCodes.MEMBER_SUM_MISMATCH)
	public void membersSum(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(current.get(), acceptor, "改为成员报告之和 %s");
	}

	@QuickFix(IssueCodes.PROSE_CONTRADICTS_TABLE)
	public void citeTheTable(DiagnosticResolutionAcceptor acceptor) {
		IssueDatum.Citation citation = DiagnosticData.first(current.get(), IssueDatum.Citation.class);
		if (citation != null) {
			String reference = citation.figure();
			acceptor.accept("改为引用表格数字 {" + reference + "}",
					(ITextModification) (d, object, document) -> createTextEdit(d, "{" + reference + "}"));
		}
	}

	@QuickFix(IssueCodes.HEADING_MISNUMBERED)
	public void officialNumber(DiagnosticResolutionAcceptor acceptor) {
		Diagnostic diagnostic = current.get();
		officialHeading(diagnostic, acceptor);
	}

	@QuickFix(IssueCodes.HEADING_MISLABELLED)
	public void officialLabel(DiagnosticResolutionAcceptor acceptor) {
		Diagnostic diagnostic = current.get();
		officialHeading(diagnostic, acceptor);
	}

	@QuickFix(IssueCodes.MISSING_ROW)
	public void insertRows(DiagnosticResolutionAcceptor acceptor) {
		Diagnostic diagnostic = current.get();
		IssueDatum.MissingRows missing = DiagnosticData.first(diagnostic, IssueDatum.MissingRows.class);
		if (missing == null || missing.rows().isEmpty()) {
			return;
		}
		List<String> rows = missing.rows();
		acceptor.accept(rows.size() == 1 ? "补上缺少的行“" + rows.get(0) + "”（填 0）" : "补上缺少的 " + rows.size() + " 行（填 0）",
				(ITextModification) (d, object, document) -> missingRows.insertRows(object, document, rows));
		acceptor.accept("写 others zero（其余各行均为 0）",
				(ITextModification) (d, object, document) -> missingRows.insertZeroFill(object, document));
	}

	@QuickFix(IssueCodes.MISSING_PART)
	public void insertParts(DiagnosticResolutionAcceptor acceptor) {
		Diagnostic diagnostic = current.get();
		IssueDatum.MissingParts missing = DiagnosticData.first(diagnostic, IssueDatum.MissingParts.class);
		if (missing == null || missing.parts().isEmpty()) {
			return;
		}
		List<String> parts = missing.parts();
		acceptor.accept(parts.size() == 1 ? "补上缺少的部分" : "补上缺少的 " + parts.size() + " 个部分",
				(ITextModification) (d, object, document) -> missingParts.insertParts(object, document, parts));
	}

	@QuickFix(IssueCodes.WRONG_VALUE_COUNT)
	public void insertMissingValue(DiagnosticResolutionAcceptor acceptor) {
		for (IssueDatum datum : DiagnosticData.of(current.get())) {
			String label = MissingValueFix.label(datum);
			if (label != null) {
				acceptor.accept(label,
						(ITextModification) (d, object, document) -> MissingValueFix.edits(object, document, datum));
				return;
			}
		}
	}

	@QuickFix(IssueCodes.PLACEHOLDER_VALUE)
	public void placeholderToZero(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(current.get(), acceptor, "改为 %s");
		everyUnfilledToZero(acceptor);
	}

	@QuickFix(IssueCodes.BLANK_CELL)
	public void blankToZero(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(current.get(), acceptor, "填 %s");
		everyUnfilledToZero(acceptor);
	}

	private void everyUnfilledToZero(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("本表所有占位符和空白单元格都填 0",
				(ITextModification) (d, object, document) -> unfilled.table(object, document));
		acceptor.accept("全文所有占位符和空白单元格都填 0",
				(ITextModification) (d, object, document) -> unfilled.report(object, document));
	}

	@QuickFix(IssueCodes.PROSE_WITHOUT_BAR)
	public void addBar(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("在行首加上“| ”", (ITextModification) (d, object, document) -> List
				.of(new TextEdit(new Range(d.getRange().getStart(), d.getRange().getStart()), "| ")));
	}

	@QuickFix(IssueCodes.FULL_WIDTH_BAR)
	public void halfWidthBar(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("改为“| ”", (ITextModification) (d, object, document) -> {
			String text = document.getContents();
			int after = document.getOffSet(d.getRange().getEnd());
			boolean spaced = after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\u3000');
			return List.of(new TextEdit(d.getRange(), spaced ? "|" : "| "));
		});
	}

	@QuickFix(IssueCodes.UNKNOWN_ROW)
	public void nearestRow(DiagnosticResolutionAcceptor acceptor) {
		IssueDatum.RowChoices choices = DiagnosticData.first(current.get(), IssueDatum.RowChoices.class);
		for (String row : choices == null ? List.<String>of() : choices.rows()) {
			acceptor.accept("改为“" + row + "”", (ITextModification) (d, object, document) -> createTextEdit(d, row));
		}
	}

	@QuickFix(IssueCodes.AMBIGUOUS_REPORT_NAME)
	public void reportByFile(DiagnosticResolutionAcceptor acceptor) {
		IssueDatum.ReportFiles files = DiagnosticData.first(current.get(), IssueDatum.ReportFiles.class);
		for (String path : files == null ? List.<String>of() : files.paths()) {
			if (!path.contains("\"") && !path.contains("\\")) {
				acceptor.accept("改用文件 \"" + path + "\"",
						(ITextModification) (d, object, document) -> createTextEdit(d, "\"" + path + "\""));
			}
		}
	}

	@QuickFix(IssueCodes.UNIT_AFTER_NUMBER)
	public void deleteUnit(DiagnosticResolutionAcceptor acceptor) {
		IssueDatum.UnitToDelete written = DiagnosticData.first(current.get(), IssueDatum.UnitToDelete.class);
		if (written != null) {
			String unit = written.unit();
			acceptor.accept("删除单位“" + unit + "”", (ITextModification) (d, object, document) -> createTextEdit(d, ""));
		}
	}

	private void officialHeading(Diagnostic diagnostic, DiagnosticResolutionAcceptor acceptor) {
		IssueDatum.OfficialHeading heading = DiagnosticData.first(diagnostic, IssueDatum.OfficialHeading.class);
		if (heading != null) {
			String official = heading.heading();
			acceptor.accept("改为“" + official + "”",
					(ITextModification) (d, object, document) -> createTextEdit(d, "# " + official));
		}
	}

	private void replaceWithData(Diagnostic diagnostic, DiagnosticResolutionAcceptor acceptor, String label) {
		IssueDatum.Replacement replacement = DiagnosticData.first(diagnostic, IssueDatum.Replacement.class);
		if (replacement != null) {
			String value = replacement.text();
			acceptor.accept(String.format(label, value),
					(ITextModification) (d, object, document) -> createTextEdit(d, value));
		}
	}

	/** Xtext hands fix methods only the acceptor; the diagnostic they fix is kept here for their labels. */
	@SuppressWarnings("ThreadLocalUsage") // one provider per injector; the diagnostic is per request thread
	private final ThreadLocal<Diagnostic> current = new ThreadLocal<>();

	/** A fix that found nothing certain to do is not offered at all. */
	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		current.set(diagnostic);
		try {
			return super.getResolutions(options, diagnostic).stream().filter(r -> changes(r.apply())).toList();
		} finally {
			current.remove();
		}
	}

	private static boolean changes(WorkspaceEdit edit) {
		if (edit == null) {
			return false;
		}
		if (edit.getChanges() != null && edit.getChanges().values().stream().anyMatch(l -> l != null && !l.isEmpty())) {
			return true;
		}
		return edit.getDocumentChanges() != null && edit.getDocumentChanges().stream()
				.anyMatch(c -> c.isLeft() && c.getLeft().getEdits() != null && !c.getLeft().getEdits().isEmpty());
	}
}
