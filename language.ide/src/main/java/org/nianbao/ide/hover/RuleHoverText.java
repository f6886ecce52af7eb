package org.nianbao.ide.hover;

import java.util.List;

import org.nianbao.form.Labels;
import org.nianbao.nianbao.Dimension;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.Sum;
import org.nianbao.nianbao.TableNode;

/** A form's rule as a clerk reads it: the equation by printed row numbers, when it applies, and its basis. */
public class RuleHoverText {

	public String describe(Rule rule) {
		if (rule.getLeft() == null || rule.getRight() == null) {
			return null;
		}
		StringBuilder md = new StringBuilder();
		md.append("**勾稽关系 ").append(rule.getName()).append("**（")
				.append(rule.getDimension() == Dimension.ROW ? "每行" : "每列").append("均应成立）\n\n");
		md.append(printed(rule.getLeft())).append(" = ").append(printed(rule.getRight())).append("\n\n");
		md.append("即：").append(names(rule.getLeft())).append(" = ").append(names(rule.getRight())).append("\n\n");
		if (rule.getMessage() != null) {
			md.append("不成立时提示：").append(rule.getMessage()).append("\n\n");
		}
		if (rule.getBasis() != null) {
			md.append("依据：").append(rule.getBasis()).append("\n\n");
		}
		md.append("在报告中，此关系按报告填写的数值逐").append(rule.getDimension() == Dimension.ROW ? "行" : "列").append("核对。");
		return md.toString();
	}

	private static String printed(Sum sum) {
		return Labels.joinTerms(terms(sum).stream().map(Labels::node).toList());
	}

	private static String names(Sum sum) {
		return String.join(" + ", terms(sum).stream().map(TableNode::getName).toList());
	}

	private static List<TableNode> terms(Sum sum) {
		return sum.getTerms().stream().filter(t -> t != null && !t.eIsProxy()).toList();
	}
}
