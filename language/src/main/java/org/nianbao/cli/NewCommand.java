package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.form.ReportYear;
import org.nianbao.export.AtomicFileWriter;
import org.nianbao.export.WriteFailure;
import org.nianbao.workspace.ReportProblem;
import org.nianbao.eval.CarriedOver;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.ReportSkeleton;
import org.nianbao.nianbao.Form;
import org.nianbao.export.OutputPaths;
import org.nianbao.nianbao.Report;
import org.nianbao.related.RelatedReports;
import org.nianbao.scoping.BuiltinLibrary;

import com.google.inject.Inject;
import com.google.inject.Provider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nianbao new ORGAN [YEAR] [-o FILE] [--previous FILE]}: a new report to fill in, the same skeleton as the
 * editor's command ({@link ReportSkeleton}). With last year's report, this year's carried-over row is last year's
 * 结转下年 and nothing else is copied. Never overwrites an existing file unless told.
 */
@Command(name = "new", description = {"新建一份年度报告（.nianbao），各部分、表格各行都已写好，数字为 0，待填写处有提示。",
		"年度默认为上一年（年报在次年 1 月写上一年的）。"}, footer = {"  nianbao new 某县某镇人民政府",
				"  nianbao new 某县某镇人民政府 2025 -o 某镇2025.nianbao --previous 某镇2024.nianbao"})
public class NewCommand implements Callable<Integer> {

	@Inject
	private BuiltinLibrary library;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ReportEvaluator evaluator;

	@Mixin
	@SuppressWarnings("UnusedVariable") // picocli reads its --help
	private HelpOption help;

	@Parameters(index = "0", arity = "0..1", paramLabel = "机关名称", description = "发布报告的机关全称，如 某县某镇人民政府")
	private String organ;

	@Parameters(index = "1", arity = "0..1", paramLabel = "年度", description = "报告年度（四位数字），默认为上一年")
	private String year;

	@Option(names = {"-o", "--output"}, paramLabel = "文件", description = "写到这个文件（默认：机关名称-年度.nianbao，在当前文件夹）")
	private String output;

	@Option(names = "--previous", paramLabel = "上年报告", description = "上年的报告文件：本报告引用它，上年结转取它的结转下年，其他内容不复制")
	private String previous;

	@Option(names = "--force", description = "文件已存在时覆盖它")
	private boolean overwrite;

	private final CliContext context;

	public NewCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws IOException {
		if (organ == null || organ.isBlank()) {
			context.err.println("用法：nianbao new 机关名称 [年度] [-o 文件] [--previous 上年报告]");
			return NianbaoCli.USAGE;
		}
		String reportYear = year == null
				? String.valueOf(LocalDate.now(ZoneId.systemDefault()).getYear() - 1)
				: year.strip();
		if (!ReportYear.isYear(reportYear)) {
			context.err.println(
					"年度要写四位数字，如 " + (LocalDate.now(ZoneId.systemDefault()).getYear() - 1) + "，而不是“" + reportYear + "”");
			return NianbaoCli.USAGE;
		}
		Path target = Path.of(output != null ? output : OutputPaths.reportFileName(organ.strip(), reportYear))
				.toAbsolutePath().normalize();
		if (Files.exists(target) && !overwrite) {
			context.err.println(display(target) + " 已存在，未覆盖（确需覆盖加 --force）");
			return NianbaoCli.PROBLEMS;
		}
		context.inject(this);
		XtextResourceSet resourceSet = resourceSets.get();
		Form form = (Form) library.nationalForm(resourceSet).getContents().get(0);
		String previousPath = null;
		Map<String, List<String>> carried = Map.of();
		if (previous != null) {
			Path last = Path.of(previous).toAbsolutePath().normalize();
			Report lastReport = RelatedReports.load(resourceSet, last);
			if (lastReport == null) {
				context.err.println("读不出上年报告：" + previous + "（请确认文件存在、是 .nianbao 报告）");
				return NianbaoCli.USAGE;
			}
			if (lastReport.getYear() != null
					&& !lastReport.getYear().equals(String.valueOf(Integer.parseInt(reportYear) - 1))) {
				context.err.println("注意：" + previous + " 是 " + lastReport.getYear() + " 年的报告，不是上一年（"
						+ (Integer.parseInt(reportYear) - 1) + " 年）的");
			}
			carried = CarriedOver.from(evaluator.evaluate(lastReport));
			previousPath = target.getParent().relativize(last).toString().replace('\\', '/');
		}
		String text = ReportSkeleton.of(form, organ.strip(), reportYear, true, previousPath, carried);
		Files.createDirectories(target.getParent());
		try {
			AtomicFileWriter.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		} catch (IOException e) {
			context.err.println("无法写入 " + display(target) + "：" + WriteFailure.explain(e));
			return NianbaoCli.PROBLEMS;
		}
		context.out.println("已新建 " + display(target) + "（" + reportYear + " 年度报告）：把“" + ReportSkeleton.PROMPT
				+ "”处换成本机关的内容，把表格中的 0 改成实际数字，"
				+ "再用 nianbao validate 检查");
		return NianbaoCli.OK;
	}

	private static String display(Path file) {
		return ReportProblem.display(file, Path.of("").toAbsolutePath());
	}
}
