import type { EventId, GroupId } from '@rembuk/shared';
import type { AccessKeyStore, EventStore, SeatStore, StoredEvent } from '../storage/Storage.js';
import { hashKey, keyMatchesHash } from './secrets.js';
import { parseTicket, ticketSignatureValid } from './tickets.js';

/** Who a connection or request is, decided once from its token and kept for its lifetime. */
export type Access =
  | { role: 'organizer'; event: StoredEvent }
  /** `groupIds` null: a lead facilitator, who runs every group. */
  | { role: 'facilitator'; event: StoredEvent; keyId: string; groupIds: readonly string[] | null }
  | { role: 'projector'; event: StoredEvent; keyId: string }
  | { role: 'participant'; event: StoredEvent; deviceId: string; seat: GroupId };

export type Denial = 'unauthorized' | 'forbidden' | 'notFound';

export type Identification = { ok: true; access: Access } | { ok: false; denial: Denial };

export type AuthStore = EventStore & AccessKeyStore & SeatStore;

/** What a role may do with one group's board. */
export type BoardPermission = 'write' | 'read' | 'none';

/**
 * Identify a token within one event: the organizer key, a facilitator or projector key (unless revoked), or a
 * participant ticket with a seat. A valid credential of another event is "forbidden here", not "unknown".
 */
export async function identify(store: AuthStore, token: string | undefined, eventId: EventId): Promise<Identification> {
  if (!token) return { ok: false, denial: 'unauthorized' };
  const event = await store.getEvent(eventId);
  if (!event) return { ok: false, denial: 'notFound' };
  if (keyMatchesHash(token, event.organizerKeyHash)) return { ok: true, access: { role: 'organizer', event } };

  const ticket = parseTicket(token);
  if (ticket) {
    if (ticket.eventId !== eventId) return { ok: false, denial: 'forbidden' };
    if (!ticketSignatureValid(ticket, event.ticketSecret)) return { ok: false, denial: 'unauthorized' };
    const seat = await store.getSeat(eventId, ticket.deviceId);
    if (!seat) return { ok: false, denial: 'unauthorized' };
    return { ok: true, access: { role: 'participant', event, deviceId: ticket.deviceId, seat: seat as GroupId } };
  }

  const key = await store.findAccessKeyByHash(hashKey(token));
  if (!key || key.revokedAt !== null) return { ok: false, denial: 'unauthorized' };
  if (key.eventId !== eventId) return { ok: false, denial: 'forbidden' };
  switch (key.role) {
    case 'facilitator':
      return { ok: true, access: { role: 'facilitator', event, keyId: key.id, groupIds: key.groupIds } };
    case 'projector':
      return { ok: true, access: { role: 'projector', event, keyId: key.id } };
  }
}

/** The one rule for boards: who reads and who writes which group's board. */
export function boardPermission(access: Access, groupId: string): BoardPermission {
  if (!access.event.groups.some((group) => group.id === groupId)) return 'none';
  switch (access.role) {
    case 'organizer':
      return 'write';
    case 'facilitator':
      return runsGroup(access, groupId) ? 'write' : 'none';
    case 'projector':
      // The wall is sent over the control plane, filtered to cards approved for the screen: a projector never
      // holds a board document (with its hidden and "not for screen" cards).
      return 'none';
    case 'participant':
      if (access.seat === groupId) return 'write';
      return access.event.settings.allowReadingOtherGroups ? 'read' : 'none';
  }
}

/** Whether this access may run (phase, timer, lock, moderate) a group. */
export function runsGroup(access: Access, groupId: string): boolean {
  switch (access.role) {
    case 'organizer':
      return true;
    case 'facilitator':
      return access.groupIds === null || access.groupIds.includes(groupId);
    case 'projector':
    case 'participant':
      return false;
  }
}

/** Groups this access may run; empty for projectors and participants. */
export function runGroups(access: Access): string[] {
  return access.event.groups.map((group) => group.id).filter((groupId) => runsGroup(access, groupId));
}

/** Authorize an organizer-only request (keys, settings, exports, deletion). */
export async function authorizeOrganizer(
  store: AuthStore,
  token: string | undefined,
  eventId: EventId,
): Promise<{ ok: true; event: StoredEvent } | { ok: false; denial: Denial }> {
  const result = await identify(store, token, eventId);
  if (!result.ok) return result;
  if (result.access.role !== 'organizer') return { ok: false, denial: 'forbidden' };
  return { ok: true, event: result.access.event };
}

