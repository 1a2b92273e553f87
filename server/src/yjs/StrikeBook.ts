import { LIMITS } from '@rembuk/shared';

/**
 * Counts refused updates per device or key across its connections. A hostile phone can reconnect as fast as the
 * address budget allows and send a refused update each time; after `LIMITS.maxStrikes` refusals within
 * `LIMITS.strikeWindowMs` its connections are turned away at the upgrade, before a board is loaded or synced.
 * Honest clients never collect a strike: the shipped client writes nothing the gate refuses.
 */
export class StrikeBook {
  private readonly strikes = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Record a refusal; true when the device or key is now barred. */
  strike(key: string): boolean {
    const recent = this.recent(key);
    recent.push(this.now());
    this.strikes.set(key, recent);
    return recent.length >= LIMITS.maxStrikes;
  }

  isBarred(key: string): boolean {
    return this.recent(key).length >= LIMITS.maxStrikes;
  }

  private recent(key: string): number[] {
    const since = this.now() - LIMITS.strikeWindowMs;
    const recent = (this.strikes.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.strikes.delete(key);
    else this.strikes.set(key, recent);
    if (this.strikes.size > 10_000) this.sweep(since);
    return recent;
  }

  /** Forget keys with no recent strike, so the map cannot grow without bound. */
  private sweep(since: number): void {
    for (const [key, times] of this.strikes) if (!times.some((at) => at > since)) this.strikes.delete(key);
  }
}
