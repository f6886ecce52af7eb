package org.nianbao.tests.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.docx.DocxGenerator;
import org.nianbao.eval.ReportEvaluation;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.eval.TableFigures;
import org.nianbao.form.Forms;
import org.nianbao.importer.Importer;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.nianbao.Column;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Row;
import org.nianbao.nianbao.Table;
import org.nianbao.scoping.BuiltinLibrary;
import org.nianbao.workspace.SourceFiles;
import org.nianbao.workspace.Workspace;

import com.google.inject.Injector;

/** Shared steps of the import tests: the national form, importing, loading a report back, its figures and text. */
final class Imports {

	static {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
	}

	static final Injector INJECTOR = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();

	private Imports() {
	}

	static Form nationalForm() {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		return (Form) INJECTOR.getInstance(BuiltinLibrary.class).nationalForm(set).getContents().get(0);
	}

	static Importer.Result importFile(Path file) {
		try {
			return new Importer(nationalForm()).importFile(file);
		} catch (UnreadableInput e) {
			throw new AssertionError("导入失败：" + e.getMessage(), e);
		}
	}

	/** Imports {@code file} as the command line does: the report to {@code target}, its pictures beside it. */
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
	static List<org.eclipse.xtext.validation.Issue> validate(Path file) {
		Resource resource = load(file).resource();
		return INJECTOR.getInstance(org.eclipse.xtext.validation.IResourceValidator.class).validate(resource,
				org.eclipse.xtext.validation.CheckMode.ALL, org.eclipse.xtext.util.CancelIndicator.NullImpl);
	}

	/** The pictures of a document, in order, as their bytes' hash codes (equal pictures, equal codes). */
	static List<Integer> pictures(XWPFDocument document) {
		return document.getAllPictures().stream().map(p -> java.util.Arrays.hashCode(p.getData())).toList();
	}

	static Path resource(String name) {
		return Path.of("src/test/resources/import").resolve(name).toAbsolutePath();
	}

	static Path root() {
		return Path.of(System.getProperty("nianbao.root", "..")).toAbsolutePath().normalize();
	}

	/** A report loaded as the command line loads it, evaluated, with its generated document. */
	record Loaded(Report report, Resource resource, ReportEvaluation evaluation, byte[] docx) {

		XWPFDocument document() {
			try {
				return new XWPFDocument(new ByteArrayInputStream(docx));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	static Loaded load(Path file) {
		SourceFiles files = new SourceFiles(List.of(file.toString()));
		Workspace workspace = INJECTOR.getInstance(Workspace.class);
		workspace.load(files.targets());
		workspace.load(files.context());
		Resource resource = workspace.resource(file.toAbsolutePath().normalize());
		Report report = (Report) resource.getContents().get(0);
		ReportEvaluation evaluation = INJECTOR.getInstance(ReportEvaluator.class).evaluate(report);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			INJECTOR.getInstance(DocxGenerator.class).write(report, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Loaded(report, resource, evaluation, out.toByteArray());
	}

	/** The text parsed alone (no validation, no document): for checking that imported text is well-formed. */
	static Resource parse(String text) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(org.eclipse.emf.common.util.URI.createURI("memory:/imported.nianbao"));
		try {
			resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					set.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
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
				t.getRows().forEach(r -> out.add(String.join(" | ", r.getTableCells().stream().map(c -> c.getText()).toList())));
			}
		}
		return out;
	}
}
