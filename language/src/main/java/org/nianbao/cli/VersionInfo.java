package org.nianbao.cli;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.nianbao.Form;
import org.nianbao.scoping.BuiltinLibrary;

import picocli.CommandLine.IVersionProvider;

/** {@code nianbao --version}: the tool's version and the national form it checks against, read from that form. */
final class VersionInfo implements IVersionProvider {

	private final CliContext context;

	VersionInfo(CliContext context) {
		this.context = context;
	}

	@Override
	public String[] getVersion() {
		String version = NianbaoCli.class.getPackage().getImplementationVersion();
		BuiltinLibrary library = context.injector().getInstance(BuiltinLibrary.class);
		Form form = (Form) library.nationalForm(context.injector().getInstance(XtextResourceSet.class)).getContents()
				.get(0);
		return new String[]{"nianbao " + (version == null ? "（开发版，未打包）" : version),
				"内置全国格式：" + form.getName() + "《" + form.getTitle() + "》"
						+ (form.getBasis() == null ? "" : "（" + form.getBasis() + "）")};
	}
}
