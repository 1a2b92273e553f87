import type { EventId } from '@rembuk/shared';
import type { EventStore } from '../storage/Storage.js';
import type { RealtimeControl } from './RealtimeControl.js';

/**
 * Delete an event now (organizer) or when its retention ends (scheduler): close its connections, forget it in
 * memory, then delete every row of it in one store transaction.
 */
export async function deleteEventEverywhere(store: EventStore, realtime: RealtimeControl, eventId: EventId): Promise<void> {
  realtime.eventDeleted(eventId);
  await store.deleteEvent(eventId);
}

/** Delete every event whose retention has ended; returns how many. */
export async function purgeExpiredEvents(store: EventStore, realtime: RealtimeControl, now: Date): Promise<number> {
  const expired = await store.listEventsToPurge(now);
  for (const eventId of expired) await deleteEventEverywhere(store, realtime, eventId);
  return expired.length;
}
