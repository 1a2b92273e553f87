/** How often a flood tops up what it sends. */
const TICK_MS = 10;
/** A flood pauses while this much is still queued in this process (it floods the server, not its own memory). */
export const MAX_QUEUED_BYTES = 1024 * 1024;

/**
 * Calls `sendOne` about `perSecond` times a second, in small batches, until stopped. `sendOne` returns false when
 * it cannot send now (not connected, queue full); the batch ends there and the rest of the tick is skipped.
 */
export class Pump {
  private timer: NodeJS.Timeout | null = null;
  private credit = 0;

  constructor(
    private readonly perSecond: number,
    private readonly sendOne: () => boolean,
  ) {}

  start(): void {
    let last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      // Credit for at most one second: after a reconnect pause the flood resumes at its rate, not in one burst.
      this.credit = Math.min(this.perSecond, this.credit + ((now - last) / 1000) * this.perSecond);
      last = now;
      while (this.credit >= 1) {
        if (!this.sendOne()) {
          this.credit = 0;
          return;
        }
        this.credit--;
      }
    }, TICK_MS);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
