package org.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code import} verb's options and help; {@link ImportCommand} does the work. */
@Command(name = "import", description = {"把已发布的报告（Word .docx/.doc、网页 .html/.htm、从 Word 提取的 .txt）照原样导入为 .nianbao：",
		"标题编号、空白单元格、“/”、缺列都原样保留，导入后用 validate 检查。"}, footer = {"  nianbao import 去年的报告.docx",
				"  nianbao import 下载的网页 -o 导入 && nianbao validate 导入 --report 汇总.html"})
final class ImportVerb implements Callable<Integer> {

	@Mixin
	@SuppressWarnings("UnusedVariable") // picocli reads its --help
	private HelpOption help;

	@Option(names = {"-o", "--output"}, paramLabel = "输出文件夹", description = "把 .nianbao 写到这个文件夹（没有就创建）")
	private String output;

	@Option(names = "--overwrite", description = "已有同名 .nianbao 时覆盖（默认不覆盖）")
	private boolean overwrite;

	@Parameters(arity = "0..*", paramLabel = "文件或文件夹", description = "已发布的报告文件，或文件夹（其中的 .docx、.doc、.html、.htm、.txt，含子文件夹）")
	private List<String> paths = new ArrayList<>();

	private final CliContext context;

	ImportVerb(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		return context.injector().getInstance(ImportCommand.class).run(paths, output, overwrite, context.out,
				context.err,
				context.interactive);
	}
}
