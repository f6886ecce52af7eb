// While a report is being typed in, its column hints and its diagnostics hold still. Without this the server's answer to
// each half-typed state reaches the screen: a value being retyped loses its hint and gets it back a moment later (the
// numbers after it pushed sideways and back, or every hint of the line cut short by VS Code for a moment), and the
// problem count passes through every incomplete state (19 → 1 → 18 → 19 is 0 → 1 → 1 → 0 errors).

/**
 * Longer than the 800 ms within which VS Code squeezes a line's newly arrived hints into the width of the old ones
 * (cut with "…"); meanwhile the hints already on screen stay and move with the text.
 */
export const HINTS_HOLD_MS = 900;
export const DIAGNOSTICS_HOLD_MS = 500;

/** When each document was last typed in: column hints are answered only once typing has paused. */
export class TypingPause {
  private readonly lastChange = new Map<string, number>();

  changed(uri: string, now: number): void {
    this.lastChange.set(uri, now);
  }

  /** How long the document's hints still wait (0: typing has paused). */
  remaining(uri: string, now: number): number {
    return Math.max(0, (this.lastChange.get(uri) ?? Number.NEGATIVE_INFINITY) + HINTS_HOLD_MS - now);
  }

  /** Resolves once the document has not been typed in for HINTS_HOLD_MS, or false when the request was given up. */
  async paused(uri: string, now: () => number, sleep: (ms: number) => Promise<void>, cancelled: () => boolean): Promise<boolean> {
    for (let wait = this.remaining(uri, now()); wait > 0; wait = this.remaining(uri, now())) {
      if (cancelled()) {
        return false;
      }
      await sleep(wait);
    }
    return !cancelled();
  }

  forget(uri: string): void {
    this.lastChange.delete(uri);
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
