import type { EventId, GroupId, PublicEvent } from '@rembuk/shared';
import { readStored, removeStored, writeStored } from './deviceStorage.js';

/**
 * What this phone remembers about each event it took part in: when it was last used (the retention clock), the
 * boards it joined (their copies live in IndexedDB) and the event's public description (title, group names,
 * categories), so a board opens with no network. Everything here is forgotten with the event.
 */
export interface EventOnDevice {
  usedAt: number;
  groups: GroupId[];
  /** The join code the participant used, so the join page finds the event offline. */
  joinCode: string | null;
  event: PublicEvent | null;
}

const RECORD_PREFIX = 'rembuk.onDevice.';
const recordName = (eventId: EventId) => `${RECORD_PREFIX}${eventId}`;

export function eventOnDevice(eventId: EventId): EventOnDevice | null {
  const stored = readStored('local', recordName(eventId));
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Partial<EventOnDevice> | null;
    if (typeof value !== 'object' || value === null || typeof value.usedAt !== 'number') return null;
    return {
      usedAt: value.usedAt,
      groups: Array.isArray(value.groups) ? value.groups.filter((id): id is GroupId => typeof id === 'string') : [],
      joinCode: typeof value.joinCode === 'string' ? value.joinCode : null,
      event: typeof value.event === 'object' && value.event !== null ? value.event : null,
    };
  } catch {
    return null;
  }
}

/** The event was opened on this phone now: its retention clock starts again, and `change` is kept with it. */
export function markEventUsed(eventId: EventId, change: { groupId?: GroupId; joinCode?: string; event?: PublicEvent } = {}, now = Date.now()): void {
  const record = eventOnDevice(eventId) ?? { usedAt: now, groups: [], joinCode: null, event: null };
  record.usedAt = now;
  if (change.groupId && !record.groups.includes(change.groupId)) record.groups.push(change.groupId);
  if (change.joinCode) record.joinCode = change.joinCode;
  if (change.event) record.event = change.event;
  writeStored('local', recordName(eventId), JSON.stringify(record));
}

export function forgetEventRecord(eventId: EventId): void {
  removeStored('local', recordName(eventId));
}

/** The event this phone joined with this join code, as last seen online. */
export function eventOnDeviceByJoinCode(joinCode: string): { eventId: EventId; record: EventOnDevice } | null {
  for (const eventId of eventIdsOnDevice()) {
    const record = eventOnDevice(eventId);
    if (record?.joinCode === joinCode) return { eventId, record };
  }
  return null;
}

/**
 * Every event this phone holds anything of, whether or not it has a record (an older version of the app kept
 * keys and tickets without one): every `rembuk.<kind>.<eventId>[.<groupId>]` name in localStorage.
 */
export function eventIdsOnDevice(): EventId[] {
  const ids = new Set<string>();
  try {
    for (let index = 0; index < localStorage.length; index += 1) {
      const match = EVENT_KEY.exec(localStorage.key(index) ?? '');
      if (match?.[1]) ids.add(match[1]);
    }
  } catch {
    // No storage: nothing is kept.
  }
  return [...ids] as EventId[];
}

const EVENT_KEY = /^rembuk\.(?:onDevice|organizerKey|facilitatorKey|projectorKey|ticket|ownCards|pending)\.([a-z0-9]{4,32})(?:\.|$)/;
