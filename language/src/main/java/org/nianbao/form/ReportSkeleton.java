package org.nianbao.form;

import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;

/** A new report's text from a form: every part under its official heading, prose to fill in, tables all zero. */
public final class ReportSkeleton {

	private ReportSkeleton() {
	}

	public static String of(Form form, String organ, String year, boolean nationalForm) {
		String name = (organ + year).replaceAll("[^\\p{IsHan}A-Za-z0-9_]", "");
		if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
			name = "报告" + name;
		}
		StringBuilder out = new StringBuilder();
		out.append("// ").append(organ).append(' ').append(year).append("年政府信息公开工作年度报告\n");
		out.append("report ").append(name).append(nationalForm ? "" : " form " + form.getName()).append('\n');
		out.append("  organ \"").append(organ.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
		out.append("  year ").append(year).append('\n');
		out.append("  // published ").append(Integer.parseInt(year) + 1).append("-01-20\n\n");
		out.append("preface\n| 本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制。报告中所列数据统计期限自")
				.append(year).append("年1月1日起，至").append(year).append("年12月31日止。\n");
		for (FormPart part : form.getParts()) {
			out.append("\n# ").append(part.getLabel()).append('\n');
			if (part.getTable() != null) {
				out.append("all zero\n");
			} else if (part.getMentions().isEmpty()) {
				out.append("| \n");
			} else {
				out.append("| ").append(year).append("年，本机关未收取").append(part.getMentions().get(0)).append("。\n");
			}
		}
		return out.toString();
	}
}
