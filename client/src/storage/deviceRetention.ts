import type { EventId } from '@rembuk/shared';
import { deleteBoardCopies, deleteCachedEntries } from './boardCopies.js';
import { forgetEvent, forgetKeys } from './credentials.js';
import { eventIdsOnDevice, eventOnDevice, forgetEventRecord, markEventUsed } from './eventsOnDevice.js';

/**
 * How long this phone keeps what it holds of an event after it was last opened. Survivors' phones may be looked at
 * by others: boards, tickets and own-card ids go after a few days (the event is over by then); organizer,
 * facilitator and projector keys after a session day (their private links open the pages again).
 */
export const BOARD_KEPT_MS = 3 * 24 * 60 * 60 * 1000;
export const KEYS_KEPT_MS = 12 * 60 * 60 * 1000;

/** Everything of this event on this phone: keys, ticket, join pass, own cards, board copies, cached entries. */
export async function forgetEventOnDevice(eventId: EventId): Promise<void> {
  const groups = eventOnDevice(eventId)?.groups ?? [];
  forgetEvent(eventId);
  forgetEventRecord(eventId);
  await Promise.all([deleteBoardCopies(eventId, groups), deleteCachedEntries(eventId)]);
}

/** At start: forget what was not used for too long. An event without a record (older app) starts its clock now. */
export async function forgetStaleEvents(now = Date.now()): Promise<void> {
  const stale: Promise<void>[] = [];
  for (const eventId of eventIdsOnDevice()) {
    const record = eventOnDevice(eventId);
    if (!record) {
      markEventUsed(eventId, {}, now);
      continue;
    }
    const idle = now - record.usedAt;
    // The server has deleted a purged event; what this phone kept of it goes too.
    const purged = record.event?.purgeAt ? Date.parse(record.event.purgeAt) <= now : false;
    if (idle > BOARD_KEPT_MS || purged) stale.push(forgetEventOnDevice(eventId));
    else if (idle > KEYS_KEPT_MS) forgetKeys(eventId);
  }
  await Promise.all(stale);
}
