// Which column hints to show, by the setting nianbao.inlayHints.columns: all (the default), only on lines with a
// problem (for a narrow editor: table 4's fifteen named values wrap even in a wide one), or none.

export type HintMode = 'all' | 'errors' | 'off';

export const HINT_MODES: readonly { mode: HintMode; label: string; detail: string }[] = [
  { mode: 'all', label: '每一行', detail: '默认：每个数值前都标出列名；表格行变宽，窄的编辑器里会折行' },
  { mode: 'errors', label: '只在有问题的行上', detail: '有错误或警告的行标出每个数值的列名，其余的行保持原样，不折行' },
  { mode: 'off', label: '不显示', detail: '悬停在行上仍可看到每列的数值' },
];

export function hintMode(value: unknown): HintMode {
  return value === 'errors' || value === 'off' ? value : 'all';
}

/** The hints to show: all, none, or those on lines that a diagnostic covers. */
export function visibleHints<H extends { position: { line: number } }>(
  hints: H[], mode: HintMode, problemRanges: { start: { line: number }; end: { line: number } }[]): H[] {
  if (mode === 'off') {
    return [];
  }
  if (mode === 'all') {
    return hints;
  }
  const lines = new Set<number>();
  for (const range of problemRanges) {
    for (let line = range.start.line; line <= range.end.line; line++) {
      lines.add(line);
    }
  }
  return hints.filter(hint => lines.has(hint.position.line));
}

/**
 * The mode in effect: with the preview beside the editor (which shows every column anyway) "all" becomes "errors",
 * so that the rows of a half-width editor do not all wrap; the setting itself is not changed.
 */
export function effectiveMode(mode: HintMode, previewBeside: boolean): HintMode {
  return mode === 'all' && previewBeside ? 'errors' : mode;
}
