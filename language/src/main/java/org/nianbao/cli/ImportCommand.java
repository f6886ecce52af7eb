package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.importer.ImportPolicy;
import org.nianbao.importer.ImportWarning;
import org.nianbao.importer.Importer;
import org.nianbao.importer.UnreadableInput;
import org.nianbao.nianbao.Form;
import org.nianbao.scoping.BuiltinLibrary;
import org.nianbao.workspace.ReportProblem;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * {@code nianbao import FILE-OR-FOLDER... [-o DIR] [--overwrite]}: a .nianbao file for every published report
 * (folders searched recursively), as {@link ImportPolicy} decides: NAME.nianbao beside the input or in DIR, never
 * outside it, never over an existing file unless {@code --overwrite}, written whole or not at all. One line per
 * input; warnings about the source in {@code path:where: warning:} lines, what the import lost in
 * {@code path:where: error:} lines. Exit 1 if any input could not be read or written, or lost a part or table.
 */
public class ImportCommand {

	static final String USAGE = "用法：nianbao import 文件或文件夹... [-o 输出文件夹] [--overwrite]";

	static {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private BuiltinLibrary library;

	/** The import verb's work; its options are parsed by {@link ImportVerb}. */
	public int run(List<String> paths, String output, boolean overwrite, PrintStream out, PrintStream err,
			boolean interactive) {
		if (paths.isEmpty()) {
			err.println(USAGE);
			return NianbaoCli.USAGE;
		}
		Path folder = output == null ? null : OutputFolder.prepare(output, err);
		if (output != null && folder == null) {
			return Files.exists(Path.of(output)) ? NianbaoCli.USAGE : NianbaoCli.PROBLEMS; // not a folder, or it cannot be made
		}
		Set<Path> inputs = new LinkedHashSet<>();
		for (String path : paths) {
			Path p = Path.of(path).toAbsolutePath().normalize();
			if (Files.isDirectory(p)) {
				inputs.addAll(list(p));
			} else if (Files.isRegularFile(p)) {
				inputs.add(p); // named explicitly: tried whatever its type, so that a .pdf or .doc gets its message
			} else {
				err.println("找不到文件或文件夹：" + path);
				return NianbaoCli.USAGE;
			}
		}
		if (inputs.isEmpty()) {
			err.println("没有找到可导入的文件（.docx、.doc、.html、.htm、.txt、.md）");
			return NianbaoCli.PROBLEMS;
		}
		ImportPolicy policy = new ImportPolicy(new Importer(nationalForm()), folder, overwrite);
		Path base = Path.of("").toAbsolutePath();
		Progress progress = interactive ? Progress.on(err, "导入") : Progress.silent();
		int imported = 0;
		int incomplete = 0;
		int failed = 0;
		int done = 0;
		for (Path input : inputs) {
			progress.show(done++, inputs.size());
			ImportPolicy.Outcome outcome = policy.importOne(input);
			progress.clear();
			String name = ReportProblem.display(input, base);
			if (outcome instanceof ImportPolicy.NotImported refused) {
				err.println(name + "：" + words(refused, base));
				failed++;
				continue;
			}
			ImportPolicy.Imported written = (ImportPolicy.Imported) outcome;
			Importer.Result result = written.result();
			for (ImportWarning warning : result.warnings()) {
				out.println(warning.toText(name));
			}
			for (ImportWarning error : result.errors()) {
				out.println(error.toErrorText(name));
			}
			String shown = ReportProblem.display(written.target(), base);
			String images = result.images().isEmpty()
					? ""
					: "，图片 " + result.images().size() + " 张存于 " + result.images().get(0).folder() + "/";
			String notes = (result.errors().isEmpty() ? "" : result.errors().size() + " 处内容丢失")
					+ (!result.errors().isEmpty() && !result.warnings().isEmpty() ? "，" : "")
					+ (result.warnings().isEmpty() ? "" : result.warnings().size() + " 处与格式不同或需核对");
			if (written.failed()) {
				out.println("导入不完整 " + shown + images + "（" + notes + "，见上；文件已写出，请照原文补上）");
				incomplete++;
			} else {
				out.println("已导入 " + shown + images + (notes.isEmpty() ? "" : "（" + notes + "，见上）"));
			}
			imported++;
		}
		progress.clear();
		out.println("已导入 " + imported + " 份报告" + (incomplete > 0 ? "（其中 " + incomplete + " 份不完整）" : "")
				+ (failed > 0 ? "，" + failed + " 份未导入" : ""));
		return failed > 0 || incomplete > 0 ? NianbaoCli.PROBLEMS : NianbaoCli.OK;
	}

	/** Why an input was not imported, in one line. */
	private static String words(ImportPolicy.NotImported refused, Path base) {
		return switch (refused.refusal()) {
		case EXISTS -> ReportProblem.display(refused.target(), base) + " 已存在，未覆盖（确需覆盖请加 --overwrite）";
		case TAKEN -> "与 " + ReportProblem.display(refused.earlier(), base) + " 会写到同一个文件 "
				+ ReportProblem.display(refused.target(), base) + "，未导入";
		case UNREADABLE, NOT_WRITTEN -> refused.message();
		};
	}

	private Form nationalForm() {
		Resource resource = library.nationalForm(resourceSets.get());
		return (Form) resource.getContents().get(0);
	}

	/** A folder's inputs, as the import policy sees them. */
	private static List<Path> list(Path folder) {
		try {
			return ImportPolicy.inputsIn(folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
