package org.nianbao.tests.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.importer.Importer;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;
import org.nianbao.scoping.BuiltinLibrary;
import org.nianbao.tests.support.LoadedReport;
import org.nianbao.tests.support.TestInjector;
import org.nianbao.tests.support.Validation;

/** Shared steps of the import tests: the national form, importing, loading a report back, its figures and text. */
final class Imports {

	private Imports() {
	}

	static Form nationalForm() {
		XtextResourceSet set = TestInjector.get(XtextResourceSet.class);
		return (Form) TestInjector.get(BuiltinLibrary.class).nationalForm(set).getContents().get(0);
	}

	static Importer.Result importFile(Path file) {
		try {
			return new Importer(nationalForm()).importFile(file);
		} catch (UnreadableInput e) {
			throw new AssertionError("导入失败：" + e.getMessage(), e);
		}
	}

	/** Imports {@code file} as the command line does: the report to {@code target}, its images beside it. */
	static Importer.Result importInto(Path file, Path target) {
		try {
			return new Importer(nationalForm()).importInto(file, target, false);
		} catch (UnreadableInput e) {
			throw new AssertionError("导入失败：" + e.getMessage(), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every issue of the report in {@code file}, loaded as the command line loads it. */
	static List<Issue> validate(Path file) {
		return Validation.issues(LoadedReport.of(file).resource());
	}

	/** The images of a document, in order, as their bytes' hash codes (equal images, equal codes). */
	static List<Integer> images(XWPFDocument document) {
		return document.getAllPictures().stream().map(p -> java.util.Arrays.hashCode(p.getData())).toList();
	}

	static Path resource(String name) {
		return Path.of("src/test/resources/import").resolve(name).toAbsolutePath();
	}

	static Path write(Path file, String text) {
		try {
			Files.writeString(file, text);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every figure of every table as the document prints it, keyed "table/row/column". */
	static Map<String, String> figures(ReportEvaluation evaluation) {
		Map<String, String> out = new LinkedHashMap<>();
		for (Table table : evaluation.form().getTables()) {
			TableFigures figures = evaluation.table(table);
			for (Row row : Forms.leafRows(table)) {
				for (Column column : Forms.columnsOf(row)) {
					out.put(table.getName() + "/" + row.getName() + "/" + column.getName(), figures.text(row, column));
				}
			}
		}
		return out;
	}

	/** The document's text: each paragraph, and each table's cells row by row. */
	static List<String> documentText(XWPFDocument document) {
		List<String> out = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph p) {
				out.add(p.getText());
			} else if (element instanceof XWPFTable t) {
				t.getRows().forEach(
						r -> out.add(String.join(" | ", r.getTableCells().stream().map(c -> c.getText()).toList())));
			}
		}
		return out;
	}
}
