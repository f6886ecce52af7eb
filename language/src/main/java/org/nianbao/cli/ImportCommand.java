package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.export.WriteFailure;
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
 * (.docx, .doc, .html/.htm, .txt; folders searched recursively), NAME.nianbao beside the input or in DIR, never
 * outside it, never over an existing file unless {@code --overwrite}, written whole or not at all. One line per
 * input; warnings about the source in {@code path:where: warning:} lines. Exit 1 if any input could not be read
 * or written.
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
			err.println("没有找到可导入的文件（.docx、.doc、.html、.htm、.txt）");
			return NianbaoCli.PROBLEMS;
		}
		Importer importer = new Importer(nationalForm());
		Path base = Path.of("").toAbsolutePath();
		Progress progress = interactive ? Progress.on(err, "导入") : Progress.silent();
		Map<Path, Path> claimed = new HashMap<>();
		int imported = 0;
		int failed = 0;
		int done = 0;
		for (Path input : inputs) {
			progress.show(done++, inputs.size());
			String name = ReportProblem.display(input, base);
			if (!Importer.canRead(input)) {
				progress.clear();
				err.println(name + "：" + Importer.refusal(input));
				failed++;
				continue;
			}
			Path target;
			try {
				target = Importer.targetFor(input, folder);
			} catch (IllegalArgumentException e) {
				progress.clear();
				err.println(name + "：" + e.getMessage());
				failed++;
				continue;
			}
			Path earlier = claimed.putIfAbsent(target, input);
			String shown = ReportProblem.display(target, base);
			if (earlier != null) {
				progress.clear();
				err.println(name + "：与 " + ReportProblem.display(earlier, base) + " 会写到同一个文件 " + shown + "，未导入");
				failed++;
				continue;
			}
			if (Files.exists(target) && !overwrite) {
				progress.clear();
				err.println(name + "：" + shown + " 已存在，未覆盖（确需覆盖请加 --overwrite）");
				failed++;
				continue;
			}
			Importer.Result result;
			try {
				result = importer.importInto(input, target, overwrite);
			} catch (UnreadableInput e) {
				progress.clear();
				err.println(name + "：" + e.getMessage());
				failed++;
				continue;
			} catch (IOException e) {
				progress.clear();
				err.println(name + "：无法写入 " + shown + "：" + WriteFailure.explain(e));
				failed++;
				continue;
			} catch (RuntimeException | StackOverflowError e) {
				progress.clear();
				err.println(name + "：导入时出错（" + e.getClass().getSimpleName() + "），未导入");
				failed++;
				continue;
			}
			progress.clear();
			for (ImportWarning warning : result.warnings()) {
				out.println(warning.toText(name));
			}
			String pictures = result.pictures().isEmpty() ? ""
					: "，图片 " + result.pictures().size() + " 张存于 " + result.pictures().get(0).folder() + "/";
			out.println("已导入 " + shown + pictures
					+ (result.warnings().isEmpty() ? "" : "（" + result.warnings().size() + " 处与格式不同或需核对，见上）"));
			imported++;
		}
		progress.clear();
		out.println("已导入 " + imported + " 份报告" + (failed > 0 ? "，" + failed + " 份未导入" : ""));
		return failed > 0 ? NianbaoCli.PROBLEMS : NianbaoCli.OK;
	}

	private Form nationalForm() {
		Resource resource = library.nationalForm(resourceSets.get());
		return (Form) resource.getContents().get(0);
	}

	/** A folder's reports to import; its PDFs too, so that each is named as not imported rather than left out. */
	private static List<Path> list(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> Files.isRegularFile(f) && (Importer.canRead(f) || Importer.isPdf(f))).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
