/** A board unchanged for longer than this counts as idle on the dashboard. */
export const IDLE_AFTER_MS = 120_000;

/**
 * How long a group's board has been quiet, as of `now`: the server's `idleMs` was true at `receivedAt`, so the
 * dashboard keeps counting between updates instead of freezing the number.
 */
export function idleMinutes(idleMs: number | null, receivedAt: number, now: number): number | null {
  if (idleMs === null) return null;
  const idle = idleMs + Math.max(0, now - receivedAt);
  return idle > IDLE_AFTER_MS ? Math.floor(idle / 60_000) : null;
}
