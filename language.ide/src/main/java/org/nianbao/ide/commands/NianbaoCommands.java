package org.nianbao.ide.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.nianbao.form.ReportYear;
import org.nianbao.docx.DocxGenerator;
import org.nianbao.export.ReportExport;
import org.nianbao.importer.Importer;
import org.nianbao.importer.ImportPolicy;
import org.nianbao.ide.preview.PreviewRendering;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.scoping.BuiltinLibrary;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The server's commands: {@code nianbao.generateDocx [uri, {force, outputDirectory}]} writes the Word document
 * through the same {@link ReportExport} as the command line (refused on errors unless forced, written atomically) and
 * answers {@code {path}} or {@code {error}}; {@code nianbao.reportSkeleton [organ, year, lastYearsUri?, targetUri?]} answers a new report's text
 * (with last year's report: referring to it, its 结转下年 carried over);
 * {@code nianbao.previewHtml [uri]} answers the preview's {@code {html, css, errors}} or {@code {syntaxError, line}};
 * {@code nianbao.importReport [uri, {overwrite}]} imports a published report beside it;
 * {@code nianbao.reasonCursor [uri, line, character]} moves the editor's cursor there.
 */
public class NianbaoCommands implements IExecutableCommandService {

	public static final String GENERATE = "nianbao.generateDocx";
	public static final String SKELETON = "nianbao.reportSkeleton";
	public static final String IMPORT = "nianbao.importReport";
	public static final String PREVIEW = "nianbao.previewHtml";
	/** After the quick fix 说明原因…: the cursor where the reason goes ({@link ReasonCursor}). */
	public static final String REASON_CURSOR = "nianbao.reasonCursor";

	@Inject
	private PreviewRendering preview;

	@Inject
	private BlankForm blankForm;

	@Inject
	private NewReportText newReport;

	@Inject
	private DocxGenerator generator;

	@Inject
	private IResourceValidator validator;

	@Inject
	private BuiltinLibrary library;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Override
	public List<String> initialize() {
		return List.of(GENERATE, SKELETON, PREVIEW, IMPORT, REASON_CURSOR);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		List<Object> args = params.getArguments();
		try {
			if (GENERATE.equals(params.getCommand())) {
				return generate(args, access, cancelIndicator);
			}
			if (SKELETON.equals(params.getCommand())) {
				return skeleton(args, access);
			}
			if (IMPORT.equals(params.getCommand())) {
				return importReport(args, access);
			}
			if (REASON_CURSOR.equals(params.getCommand())) {
				return ReasonCursor.place(args, access);
			}
			if (PREVIEW.equals(params.getCommand())) {
				String uri = string(args, 0);
				return uri == null
						? error("预览需要报告文件的 URI")
						: access.doSyncRead(uri, context -> preview.render(context.getResource(), cancelIndicator));
			}
			return failure(access, "未知命令：" + params.getCommand());
		} catch (java.nio.file.InvalidPathException e) {
			return failure(access, "文件名含有当前区域设置无法表示的字符：请在 UTF-8 区域设置（如 LC_ALL=C.UTF-8）下启动语言服务器");
		} catch (RuntimeException e) {
			return failure(access, "命令执行失败：" + e.getMessage());
		}
	}

	private Object generate(List<Object> args, ILanguageServerAccess access, CancelIndicator cancel) {
		String uri = string(args, 0);
		if (uri == null) {
			return failure(access, "生成 Word 文档需要报告文件的 URI");
		}
		JsonObject options = args.size() > 1 && args.get(1) instanceof JsonObject o ? o : new JsonObject();
		boolean force = options.has("force") && options.get("force").getAsBoolean();
		String directory = options.has("outputDirectory") && !options.get("outputDirectory").isJsonNull()
				? options.get("outputDirectory").getAsString()
				: null;
		Map<String, Object> result = access.doSyncRead(uri, context -> {
			Resource resource = context.getResource();
			if (resource == null || resource.getContents().isEmpty()
					|| !(resource.getContents().get(0) instanceof Report report)) {
				return error("这不是报告文件，无法生成 Word 文档");
			}
			long errors = validator.validate(resource, CheckMode.ALL, cancel).stream()
					.filter(i -> i.getSeverity() == Severity.ERROR).count();
			Path source = resource.getURI().isFile() ? Path.of(resource.getURI().toFileString()) : null;
			Path folder = directory == null ? null : Path.of(directory).toAbsolutePath().normalize();
			return answer(ReportExport.export(report, source, folder, errors, force, generator));
		});
		if (result.containsKey("error")) {
			access.getLanguageClient()
					.logMessage(new MessageParams(MessageType.Error, String.valueOf(result.get("error"))));
		}
		return result;
	}

	/** {path, errors} where the document went, or {error} (and {errors} when refused for them). */
	private Map<String, Object> answer(ReportExport.Outcome outcome) {
		if (outcome instanceof ReportExport.Outcome.Written w) {
			Map<String, Object> written = new LinkedHashMap<>();
			written.put("path", w.target().toString());
			written.put("errors", w.errors());
			return written;
		}
		if (outcome instanceof ReportExport.Outcome.Refused r) {
			Map<String, Object> refused = error("报告有 " + r.errors() + " 个错误，未生成 " + generator.documentName()
					+ "（改正后再生成，或选择强制生成草稿）");
			refused.put("errors", r.errors());
			return refused;
		}
		if (outcome instanceof ReportExport.Outcome.Failed f) {
			return error("无法写入 " + generator.documentName() + " " + f.target() + "：" + f.reason() + "，原有文件未改动");
		}
		if (outcome instanceof ReportExport.Outcome.BadTarget t) {
			return error(t.reason());
		}
		return error("未生成 " + generator.documentName());
	}

	private Object skeleton(List<Object> args, ILanguageServerAccess access) {
		String organ = string(args, 0);
		String year = string(args, 1);
		if (organ == null || year == null || !ReportYear.isYear(year)) {
			return failure(access, "新建报告需要机关名称和四位年份");
		}
		try {
			return newReport.of(organ.strip(), year, file(string(args, 2)), file(string(args, 3)));
		} catch (NewReportText.Refused e) {
			return failure(access, e.getMessage());
		}
	}

	/** A file named by a {@code file:} URI, or null for none or another scheme. */
	private static Path file(String uri) {
		if (uri == null || uri.isBlank()) {
			return null;
		}
		try {
			java.net.URI parsed = java.net.URI.create(uri);
			return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * {@code nianbao.importReport [fileUri, {overwrite}]}: imports a published report into NAME.nianbao beside it
	 * under the command line's {@link ImportPolicy}; answers {@code {path, warnings}} (what the import lost first,
	 * each starting "错误："; and {@code blankForm: true} for the blank national form), {@code {error, exists, path}}
	 * when the file is there and overwriting was not asked for, or {@code {error}}.
	 */
	private Object importReport(List<Object> args, ILanguageServerAccess access) {
		String uri = string(args, 0);
		if (uri == null) {
			return failure(access, "导入需要文件的 URI");
		}
		JsonObject options = args.size() > 1 && args.get(1) instanceof JsonObject o ? o : new JsonObject();
		boolean overwrite = options.has("overwrite") && options.get("overwrite").getAsBoolean();
		Path input;
		try {
			input = Path.of(java.net.URI.create(uri));
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return failure(access, "只能导入磁盘上的文件：" + uri);
		}
		Form form = (Form) library.nationalForm(resourceSets.get()).getContents().get(0);
		ImportPolicy.Outcome outcome = new ImportPolicy(new Importer(form), null, overwrite).importOne(input);
		if (outcome instanceof ImportPolicy.Imported imported) {
			Map<String, Object> written = new LinkedHashMap<>();
			written.put("path", imported.target().toString());
			List<String> notes = new java.util.ArrayList<>();
			imported.result().errors().forEach(e -> notes.add("错误：" + e.where() + "：" + e.message()));
			imported.result().warnings().forEach(w -> notes.add(w.where() + "：" + w.message()));
			written.put("warnings", notes);
			if (blankForm.is(imported.result().text(), imported.target())) {
				written.put("blankForm", true); // the national template itself: the editor offers a new report
			}
			return written;
		}
		ImportPolicy.NotImported refused = (ImportPolicy.NotImported) outcome;
		if (refused.refusal() == ImportPolicy.Refusal.EXISTS) {
			Map<String, Object> exists = error(refused.message());
			exists.put("exists", true);
			exists.put("path", refused.target().toString());
			return exists;
		}
		return failure(access, input.getFileName() + "：" + refused.message());
	}

	private static String string(List<Object> args, int index) {
		if (args == null || args.size() <= index) {
			return null;
		}
		Object arg = args.get(index);
		if (arg instanceof JsonPrimitive p && p.isString()) {
			return p.getAsString();
		}
		return arg instanceof String s ? s : arg instanceof JsonElement e && !e.isJsonNull() ? e.toString() : null;
	}

	private static Map<String, Object> error(String message) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("error", message);
		return result;
	}

	private static Map<String, Object> failure(ILanguageServerAccess access, String message) {
		access.getLanguageClient().logMessage(new MessageParams(MessageType.Error, message));
		return error(message);
	}
}
