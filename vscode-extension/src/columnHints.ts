// Which column hints to show, by the setting nianbao.inlayHints.columns: all, only on lines with a problem, or none.

export type HintMode = 'all' | 'errors' | 'off';

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
