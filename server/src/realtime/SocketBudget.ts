import { LIMITS, type CommandReply } from '@rembuk/shared';
import { TokenBucket } from '../util/TokenBucket.js';

export interface SocketBudgetLimits {
  /** Incoming events per second, sustained, and the burst allowed above it. */
  eventsPerSecond: number;
  eventBurst: number;
  /** Votes and commands being carried out at once. */
  maxInFlight: number;
}

export const SOCKET_BUDGET: SocketBudgetLimits = {
  eventsPerSecond: LIMITS.socketEventsPerSecond,
  eventBurst: LIMITS.socketEventBurst,
  maxInFlight: LIMITS.maxInFlightPerSocket,
};

/** The answer to a vote or command for which no slot is free: at once, and nothing is carried out. */
export const TOO_MANY_IN_FLIGHT: CommandReply = {
  ok: false,
  reason: 'too_many_in_flight',
  message: `At most ${SOCKET_BUDGET.maxInFlight} votes and commands at once: wait for a reply before sending more.`,
};

/** What to do with one incoming event: handle it, cut the socket (the first event over budget), or drop it. */
export type Admission = 'handle' | 'cut' | 'drop';

/**
 * What one socket.io socket may ask of the server. Without it one participant socket had 67,000 votes handled
 * in seconds while other events waited (issue 9). Every incoming event takes a token; the first event the bucket
 * cannot pay for spends the socket for good: it is cut, and nothing it sent after is handled. Votes and commands
 * also hold one of a few slots while they run, so a client that does not wait for its replies is told
 * `too_many_in_flight` at once instead of queueing work for everyone behind it.
 *
 * ```ts
 * const budget = new SocketBudget(SOCKET_BUDGET);
 * socket.use((_packet, next) => (budget.admit() === 'handle' ? next() : cut()));
 * const finish = budget.start();
 * if (finish) work().finally(finish);
 * ```
 */
export class SocketBudget {
  private readonly events: TokenBucket;
  private running = 0;
  private spent = false;

  constructor(
    private readonly limits: SocketBudgetLimits,
    now: () => number = Date.now,
  ) {
    this.events = new TokenBucket(limits.eventsPerSecond, limits.eventBurst, now);
  }

  admit(): Admission {
    if (this.spent) return 'drop';
    if (this.events.take()) return 'handle';
    this.spent = true;
    return 'cut';
  }

  /** A slot for a vote or command, or null when `maxInFlight` are running; call the returned function when it has answered. */
  start(): (() => void) | null {
    if (this.running >= this.limits.maxInFlight) return null;
    this.running += 1;
    let finished = false;
    return () => {
      if (finished) return;
      finished = true;
      this.running -= 1;
    };
  }
}
