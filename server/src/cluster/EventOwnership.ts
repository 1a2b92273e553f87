import type { EventId } from '@rembuk/shared';

/**
 * What a node must hold to accept writes for an event: the event's id and the fencing token (epoch) it was
 * given when it took the event. A store that writes for an owned event checks the token inside the write's own
 * transaction (see `pgFence.ts`), so a node that lost the event without knowing it yet cannot land a write.
 */
export interface OwnershipToken {
  eventId: EventId;
  nodeId: string;
  epoch: number;
}

/**
 * Which events this node owns. Exactly one node owns an event at a time; everything about the event (boards in
 * memory, session and countdowns, votes, presence) is computed on its owner only.
 */
export interface EventOwnership {
  /**
   * Own the event, taking it when no node does. False: another node owns it, or this node is draining or has
   * lost its database connection; the caller refuses the connection with a retryable code.
   */
  claim(eventId: EventId): Promise<boolean>;
  /** The token of an event this node owns now, or null. */
  token(eventId: EventId): OwnershipToken | null;
  /**
   * Called with the events this node no longer owns (its ownership connection died, or `release`/`drain`):
   * their connections must be closed (retryable) and their in-memory state dropped.
   */
  onLost(listener: (eventIds: readonly EventId[]) => void): void;
  /**
   * The event was deleted (organizer or retention): give it up and drop its owner row, so that whichever node
   * still had it loaded is fenced out of writing for it from now on.
   */
  forget(eventId: EventId): Promise<void>;
  /** Stop taking events and give up every owned one, so another node takes them at once (SIGTERM). */
  drain(): Promise<void>;
  /** Ownership works now (for `/readyz`): true in single-node mode; with PostgreSQL, the connection is up. */
  healthy(): boolean;
  /** How many events this node owns now (`GET /metrics`); null in single-node mode, which owns every event. */
  ownedCount(): number | null;
  close(): Promise<void>;
}

/**
 * Single-node mode (SQLite, the README's default): this process is the only one, so it owns every event.
 */
export class LocalOwnership implements EventOwnership {
  private draining = false;

  constructor(private readonly nodeId = 'local') {}

  async claim(): Promise<boolean> {
    return !this.draining;
  }

  token(eventId: EventId): OwnershipToken | null {
    return this.draining ? null : { eventId, nodeId: this.nodeId, epoch: 0 };
  }

  onLost(): void {}

  async forget(): Promise<void> {}

  async drain(): Promise<void> {
    this.draining = true;
  }

  healthy(): boolean {
    return !this.draining;
  }

  ownedCount(): null {
    return null;
  }

  async close(): Promise<void> {
    this.draining = true;
  }
}
