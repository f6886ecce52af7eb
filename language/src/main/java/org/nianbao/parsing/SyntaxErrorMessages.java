package org.nianbao.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.nianbao.issues.IssueCodes;

/** ANTLR's syntax errors, said in Chinese with the token that was not expected. */
public class SyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final String IMAGE_PATH_UNQUOTED = "图片的路径要写在引号中，如 image \"图表/图1.png\" \"图1 ……\"";

	private static final Pattern MISSING = Pattern.compile("missing (.+) at '(.*)'");
	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.+)");
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.+)");
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String message = context.getDefaultMessage();
		if (message != null && message.contains("RULE_STRING")
				&& UnquotedImageLine.contains(context.getCurrentNode())) {
			return new SyntaxErrorMessage(IMAGE_PATH_UNQUOTED, IssueCodes.SYNTAX_ERROR);
		}
		return new SyntaxErrorMessage(translate(message), IssueCodes.SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage("无法读取“" + context.getDefaultMessage() + "”", IssueCodes.SYNTAX_ERROR);
	}

	static String translate(String message) {
		if (message == null) {
			return "语法错误";
		}
		Matcher m = MISSING.matcher(message);
		if (m.matches()) {
			return "语法错误：在“" + shown(m.group(2)) + "”之前缺少 " + expected(m.group(1));
		}
		m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return "语法错误：此处应为 " + expected(m.group(2)) + "，而不是“" + shown(m.group(1)) + "”";
		}
		m = EXTRANEOUS.matcher(message);
		if (m.matches()) {
			return "语法错误：多余的“" + shown(m.group(1)) + "”";
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return "语法错误：无法识别“" + shown(m.group(1)) + "”（正文应写在以 | 开头的行中，数值用半角数字，以空格分隔）";
		}
		if (message.startsWith("required (...)+ loop did not match anything at input")) {
			return "语法错误：此处内容不完整";
		}
		return "语法错误：" + message;
	}

	private static String shown(String token) {
		return token.equals("<EOF>") ? "文件结尾" : token;
	}

	private static String expected(String token) {
		return switch (token) {
		case "RULE_ID" -> "名称";
		case "RULE_STRING" -> "带引号的文字";
		case "RULE_NUMBER" -> "数字";
		case "RULE_PART_HEADING" -> "以 # 开头的部分标题";
		case "<EOF>" -> "文件结尾";
		default -> token.startsWith("RULE_") ? token.substring(5) : token;
		};
	}
}
