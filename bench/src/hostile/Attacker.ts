/** The kinds of hostile client the hostile scenario runs, one at a time (issue 9). */
export const ATTACKER_KINDS = [
  'voteFlood',
  'forbiddenCommands',
  'syncStep1Amplification',
  'schemaBreakers',
  'pendingStructs',
  'awarenessFlood',
  'connectionChurn',
] as const;
export type AttackerKind = (typeof ATTACKER_KINDS)[number];

/** What one attacker did during its window, from its own side of the wire. */
export interface AttackerStats {
  /** Messages (frames or socket.io emits) sent, and their payload bytes. */
  sent: number;
  bytesSent: number;
  /** Messages and payload bytes the server sent back. */
  received: number;
  bytesReceived: number;
  /** socket.io acknowledgements received (votes or commands the server answered). */
  acks: number;
  /** Connections opened (the first and every reconnect) and close codes the server gave, with how often. */
  connects: number;
  closes: Record<string, number>;
}

export function emptyStats(): AttackerStats {
  return { sent: 0, bytesSent: 0, received: 0, bytesReceived: 0, acks: 0, connects: 0, closes: {} };
}

export function countClose(stats: AttackerStats, code: number | string): void {
  const key = String(code);
  stats.closes[key] = (stats.closes[key] ?? 0) + 1;
}

/** A hostile client: it attacks from `start` until `stop`, reconnecting whenever the server closes it. */
export interface Attacker {
  readonly kind: AttackerKind;
  readonly stats: AttackerStats;
  start(): void;
  stop(): void;
}

/**
 * Reconnect delays of a hostile client that wants to keep attacking but not look like a tight loop: 200 ms,
 * doubling to at most 2 s, back to 200 ms after a connection that lasted.
 */
export class Backoff {
  static readonly MIN_MS = 200;
  static readonly MAX_MS = 2_000;
  /** A connection open this long counts as having lasted. */
  static readonly LASTED_MS = 3_000;
  private delayMs = Backoff.MIN_MS;
  private openedAt = 0;

  opened(): void {
    this.openedAt = performance.now();
  }

  next(): number {
    if (this.openedAt > 0 && performance.now() - this.openedAt >= Backoff.LASTED_MS) this.delayMs = Backoff.MIN_MS;
    const delay = this.delayMs;
    this.delayMs = Math.min(Backoff.MAX_MS, this.delayMs * 2);
    this.openedAt = 0;
    return delay;
  }
}
