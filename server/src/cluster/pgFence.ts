import { createHash } from 'node:crypto';
import type { EventId } from '@rembuk/shared';
import type { OwnershipToken } from './EventOwnership.js';

/**
 * The owner table: one row per event ever owned, with the node that owns it and a fencing epoch that grows by
 * one at every take-over. The advisory lock says who may own an event (it dies with its connection); the epoch
 * fences writes (a write transaction that carries an old epoch finds no row and is refused).
 */
export const OWNER_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS rembuk_event_owner (
  event_id text PRIMARY KEY,
  node_id text NOT NULL,
  epoch bigint NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Taking an event: the new epoch. The UPDATE takes the row's lock, so it waits for every write transaction of
 * the previous owner that already passed its fence (those hold the row `FOR SHARE` until they commit); once it
 * commits, every later fence with the old epoch fails. No write of the old owner can land after the take-over.
 */
export const TAKE_EVENT_SQL = `
INSERT INTO rembuk_event_owner (event_id, node_id, epoch) VALUES ($1, $2, 1)
ON CONFLICT (event_id) DO UPDATE SET node_id = EXCLUDED.node_id, epoch = rembuk_event_owner.epoch + 1, claimed_at = now()
RETURNING epoch`;

/**
 * The fence every write transaction for an owned event runs first, on the same connection and in the same
 * transaction as the write. Holding the row `FOR SHARE` until commit is what makes a take-over wait for it.
 */
export const FENCE_SQL = 'SELECT 1 FROM rembuk_event_owner WHERE event_id = $1 AND node_id = $2 AND epoch = $3 FOR SHARE';

/** A deleted event's owner row: no fence of any node holds after this. */
export const FORGET_EVENT_SQL = 'DELETE FROM rembuk_event_owner WHERE event_id = $1';

/** Advisory locks used to tell "this node may own the event"; a second key space keeps them apart from others. */
export const TRY_LOCK_SQL = 'SELECT pg_try_advisory_lock($1::bigint) AS locked';
export const UNLOCK_SQL = 'SELECT pg_advisory_unlock($1::bigint) AS unlocked';

/** Nodes that cannot take an event ask its owner to hand it over (the balancer now sends its clients here). */
export const WANTED_CHANNEL = 'rembuk_event_wanted';

/** The event's advisory lock key: 64 bits of SHA-256, so two events practically never share a lock. */
export function eventLockKey(eventId: EventId): string {
  return createHash('sha256').update(`rembuk:event:${eventId}`).digest().readBigInt64BE(0).toString();
}

/** Thrown when a write's fence finds this node no longer owns the event: the write is not applied. */
export class FencedOut extends Error {
  constructor(readonly eventId: EventId) {
    super(`this node no longer owns event ${eventId}; write refused`);
    this.name = 'FencedOut';
  }
}

/** The smallest query interface of a pg client inside a transaction. */
export interface FenceQueryable {
  query(text: string, values: unknown[]): Promise<{ rowCount: number | null }>;
}

/** Run the fence inside an open transaction; throws FencedOut when the token is stale (roll back then). */
export async function assertFence(client: FenceQueryable, token: OwnershipToken): Promise<void> {
  const result = await client.query(FENCE_SQL, [token.eventId, token.nodeId, token.epoch]);
  if (result.rowCount !== 1) throw new FencedOut(token.eventId);
}

/** Fence several events in one open transaction; answers the events whose token still holds. */
export async function fenceEvents(client: FenceQueryable, tokens: readonly OwnershipToken[]): Promise<Set<EventId>> {
  const owned = new Set<EventId>();
  // One statement per event: a stale token finds no row, which does not abort the transaction.
  for (const token of tokens) {
    const result = await client.query(FENCE_SQL, [token.eventId, token.nodeId, token.epoch]);
    if (result.rowCount === 1) owned.add(token.eventId);
  }
  return owned;
}
