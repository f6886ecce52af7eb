// Writing paragraphs: Enter continues a "| " line (onEnterRules in language-configuration.json); Enter on a "| " line
// with nothing after it ends the run of paragraphs (the bar is taken away, as Markdown ends a list); Shift+Enter starts
// a plain line. The keybinding of Enter applies only while the context key says the cursor is on such an empty line.

export const EMPTY_PARAGRAPH_CONTEXT = 'nianbao.onEmptyParagraphLine';

/** A paragraph line with no text yet: "|" or "| " (blanks after the bar), the cursor at its end. */
export function isEmptyParagraphLine(line: string, cursor: number): boolean {
  return /^\|[ \t\u3000]*$/.test(line) && cursor === line.length;
}
