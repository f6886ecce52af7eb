// While a line is being typed in, its column hints and the document's diagnostics hold still. Without this the server's
// answer to each half-typed state reaches the screen: a value being retyped loses its hint and gets it back a moment
// later (the numbers after it pushed sideways and back), and the problem count passes through every incomplete
// state (19 → 1 → 18 → 19 is 0 → 1 → 1 → 0 errors). The editor asks again once typing pauses.

export interface Position { line: number; character: number }
export interface Change { range: { start: Position; end: Position }; text: string }
export interface Hint { position: Position }

/** Longer than the 800 ms within which VS Code squeezes a line's new hints into the old ones' width (cut with "…"). */
export const HINTS_HOLD_MS = 900;
export const DIAGNOSTICS_HOLD_MS = 500;

/** The column hints of one document: those last shown, and the one line typed in, and when. */
export class HintsHold<H extends Hint> {
  private shown: H[] = [];
  private line: number | undefined;
  private lastChange = Number.NEGATIVE_INFINITY;

  constructor(private readonly moved: (hint: H, character: number) => H) {
  }

  /** An edit of the document: the hints shown on its line follow it; an edit across lines holds nothing. */
  changed(changes: readonly Change[], now: number): void {
    const line = changes[0]?.range.start.line;
    const oneLine = changes.length > 0 && changes.every(c => c.range.start.line === line && c.range.end.line === line
      && !/[\r\n]/.test(c.text));
    if (!oneLine) {
      this.line = undefined;
      this.shown = [];
      return;
    }
    this.line = line;
    this.lastChange = now;
    for (const change of changes) {
      this.shown = this.shown.map(h => h.position.line === line ? this.follow(h, change) : h);
    }
  }

  private follow(hint: H, change: Change): H {
    const at = hint.position.character;
    const start = change.range.start.character;
    const end = change.range.end.character;
    if (at <= start) {
      return hint; // before the edit, or where it types: the hint stays before what is typed
    }
    return this.moved(hint, at < end ? start : at + change.text.length - (end - start));
  }

  /** How long the line typed in is still held (0: not held). */
  remaining(now: number): number {
    return this.line === undefined ? 0 : Math.max(0, this.lastChange + HINTS_HOLD_MS - now);
  }

  /** The hints to show for the server's answer: on the line typed in, those shown before while it is held. */
  answer(fresh: H[], now: number): H[] {
    const result = this.remaining(now) > 0
      ? [...fresh.filter(h => h.position.line !== this.line), ...this.shown.filter(h => h.position.line === this.line)]
      : fresh;
    this.shown = result;
    return result;
  }
}

/** The diagnostics of documents being typed in: the newest kept until typing pauses, then passed on. */
export class DiagnosticsHold<D> {
  private readonly lastChange = new Map<string, number>();
  private readonly pending = new Map<string, { diagnostics: D; publish: (diagnostics: D) => void; timer: Timer }>();

  constructor(private readonly schedule: (run: () => void, ms: number) => Timer = setTimeout,
    private readonly cancel: (timer: Timer) => void = clearTimeout) {
  }

  changed(uri: string, now: number): void {
    this.lastChange.set(uri, now);
    const held = this.pending.get(uri);
    if (held) {
      // typing goes on: they wait for the next pause
      this.drop(uri);
      this.hold(uri, held.diagnostics, held.publish, now);
    }
  }

  /** Passes the diagnostics on now, or at the end of the pause in typing they wait for (newer ones replace them). */
  received(uri: string, diagnostics: D, publish: (diagnostics: D) => void, now: number): void {
    this.drop(uri);
    if (now - (this.lastChange.get(uri) ?? Number.NEGATIVE_INFINITY) >= DIAGNOSTICS_HOLD_MS) {
      publish(diagnostics);
    } else {
      this.hold(uri, diagnostics, publish, now);
    }
  }

  /** A closed document: nothing waits for it. */
  forget(uri: string): void {
    this.drop(uri);
    this.lastChange.delete(uri);
  }

  private hold(uri: string, diagnostics: D, publish: (diagnostics: D) => void, now: number): void {
    const wait = (this.lastChange.get(uri) ?? now) + DIAGNOSTICS_HOLD_MS - now;
    const timer = this.schedule(() => {
      this.pending.delete(uri);
      publish(diagnostics);
    }, Math.max(0, wait));
    this.pending.set(uri, { diagnostics, publish, timer });
  }

  private drop(uri: string): void {
    const held = this.pending.get(uri);
    if (held) {
      this.cancel(held.timer);
      this.pending.delete(uri);
    }
  }
}

type Timer = ReturnType<typeof setTimeout>;
