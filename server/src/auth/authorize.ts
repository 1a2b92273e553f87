import { normalizeJoinCode, type EventId, type GroupId } from '@rembuk/shared';
import type { EventStore, StoredEvent } from '../storage/Storage.js';
import { keyMatchesHash } from './secrets.js';

/** Who a connection or request is, decided once from its token and kept for its lifetime. */
export type Access =
  | { role: 'organizer'; event: StoredEvent }
  | { role: 'participant'; event: StoredEvent; groupId: GroupId };

export type Denial = 'unauthorized' | 'forbidden' | 'notFound';

export type Authorization = { ok: true; access: Access } | { ok: false; denial: Denial };

/** Authorize a token for one event: the organizer key grants everything, the join code one group. */
export async function authorizeEvent(
  store: EventStore,
  token: string | undefined,
  eventId: EventId,
  groupId?: GroupId,
): Promise<Authorization> {
  if (!token) return { ok: false, denial: 'unauthorized' };
  const event = await store.getEvent(eventId);
  if (!event) return { ok: false, denial: 'notFound' };
  if (groupId !== undefined && !event.groups.some((group) => group.id === groupId)) {
    return { ok: false, denial: 'notFound' };
  }
  if (keyMatchesHash(token, event.organizerKeyHash)) return { ok: true, access: { role: 'organizer', event } };

  const joinCode = normalizeJoinCode(token);
  if (joinCode.length === 8 && event.joinCode.replace('-', '') === joinCode) {
    if (groupId === undefined) return { ok: false, denial: 'forbidden' };
    return { ok: true, access: { role: 'participant', event, groupId } };
  }
  // A valid join code of another event is "forbidden here", not "unknown".
  if (joinCode.length === 8 && (await store.findEventByJoinCode(joinCode))) return { ok: false, denial: 'forbidden' };
  return { ok: false, denial: 'unauthorized' };
}

/** Authorize an organizer-only request (exports, the organizer view). */
export async function authorizeOrganizer(
  store: EventStore,
  token: string | undefined,
  eventId: EventId,
): Promise<{ ok: true; event: StoredEvent } | { ok: false; denial: Denial }> {
  const result = await authorizeEvent(store, token, eventId);
  if (!result.ok) return result;
  if (result.access.role !== 'organizer') return { ok: false, denial: 'forbidden' };
  return { ok: true, event: result.access.event };
}
