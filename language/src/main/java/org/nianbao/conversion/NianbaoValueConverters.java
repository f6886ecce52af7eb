package org.nianbao.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Prose and heading lines keep their text exactly; only the syntax around it is removed:
 * the leading "|" (and one space after it), the "#"/"##" marks, the braces of figure references,
 * and trailing whitespace such as a CR.
 */
public class NianbaoValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "PROSE_LINE")
	public IValueConverter<String> proseLine() {
		return new LineConverter("|", "", "| ");
	}

	@ValueConverter(rule = "PROSE_START")
	public IValueConverter<String> proseStart() {
		return new LineConverter("|", "{", "| ");
	}

	@ValueConverter(rule = "PROSE_MIDDLE")
	public IValueConverter<String> proseMiddle() {
		return new LineConverter("}", "{", "}");
	}

	@ValueConverter(rule = "PROSE_END")
	public IValueConverter<String> proseEnd() {
		return new LineConverter("}", "", "}");
	}

	@ValueConverter(rule = "PART_HEADING")
	public IValueConverter<String> partHeading() {
		return new LineConverter("#", "", "# ");
	}

	@ValueConverter(rule = "ITEM_HEADING")
	public IValueConverter<String> itemHeading() {
		return new LineConverter("##", "", "## ");
	}

	/** A row's name, or the printed label of a row the form does not have, in quotes (kept with them). */
	@ValueConverter(rule = "RowName")
	public IValueConverter<String> rowName() {
		IValueConverter<String> id = ID();
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return string != null && string.startsWith("\"") ? string.strip() : id.toValue(string, node);
			}

			@Override
			public String toString(String value) {
				return value != null && value.startsWith("\"") ? value : id.toString(value);
			}
		};
	}

	@ValueConverter(rule = "NUMBER")
	public IValueConverter<String> number() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return string;
			}

			@Override
			public String toString(String value) {
				return value;
			}
		};
	}

	private static final class LineConverter implements IValueConverter<String> {
		private final String open;
		private final String close;
		private final String printedOpen;

		LineConverter(String open, String close, String printedOpen) {
			this.open = open;
			this.close = close;
			this.printedOpen = printedOpen;
		}

		@Override
		public String toValue(String string, INode node) throws ValueConverterException {
			if (string == null) {
				return null;
			}
			String s = string.startsWith(open) ? string.substring(open.length()) : string;
			if (open.equals("##")) {
				s = s.replaceFirst("^#{1,2}", ""); // "###" and "####": the third and fourth levels share the terminal
			}
			if (!close.isEmpty() && s.endsWith(close)) {
				s = s.substring(0, s.length() - close.length());
			}
			if ("|".equals(open) || open.startsWith("#")) {
				if (s.startsWith(" ")) {
					s = s.substring(1);
				}
			}
			return close.isEmpty() ? stripTrailing(s) : s;
		}

		@Override
		public String toString(String value) {
			return printedOpen + (value == null ? "" : value) + close;
		}

		private static String stripTrailing(String s) {
			int end = s.length();
			while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t' || s.charAt(end - 1) == '\r')) {
				end--;
			}
			return s.substring(0, end);
		}
	}
}
