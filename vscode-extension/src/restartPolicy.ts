// After a crash the server is restarted, but only a few times within a window, then the user is told.

export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(private readonly maxRestarts = 3, private readonly windowMs = 3 * 60 * 1000) {}

  /** Records a crash at `now`; true when the server should be restarted once more. */
  shouldRestart(now: number): boolean {
    this.crashes.push(now);
    while (this.crashes.length && now - this.crashes[0] > this.windowMs) {
      this.crashes.shift();
    }
    return this.crashes.length <= this.maxRestarts;
  }

  reset(): void {
    this.crashes.length = 0;
  }
}
