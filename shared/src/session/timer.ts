/** What happens when a countdown reaches zero. */
export const TIMER_ZERO_ACTIONS = ['notify', 'lock'] as const;
export type TimerZeroAction = (typeof TIMER_ZERO_ACTIONS)[number];

/**
 * A server-authoritative countdown. Clients show `deadline` (server clock, epoch ms) minus the server's "now",
 * never a local count, so a phone that reconnects shows the right time.
 */
export type TimerState =
  | { kind: 'idle' }
  | { kind: 'running'; deadline: number; durationMs: number; onZero: TimerZeroAction }
  | { kind: 'paused'; remainingMs: number; durationMs: number; onZero: TimerZeroAction }
  | { kind: 'expired'; at: number; durationMs: number; onZero: TimerZeroAction };

/** Milliseconds left at `now`, for display. */
export function timerRemainingMs(timer: TimerState, now: number): number {
  switch (timer.kind) {
    case 'idle':
    case 'expired':
      return 0;
    case 'paused':
      return timer.remainingMs;
    case 'running':
      return Math.max(0, timer.deadline - now);
  }
}
