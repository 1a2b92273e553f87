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

/**
 * Delete every event whose retention has ended; returns how many. With several nodes every node runs this, and
 * `mayDelete` lets each delete only the events it owns (or can take): the owner closes their connections, and
 * no two nodes delete one event at once.
 */
export async function purgeExpiredEvents(
  store: EventStore,
  realtime: RealtimeControl,
  now: Date,
  mayDelete: (eventId: EventId) => Promise<boolean> = async () => true,
): Promise<number> {
  const expired = await store.listEventsToPurge(now);
  let deleted = 0;
  for (const eventId of expired) {
    if (!(await mayDelete(eventId))) continue;
    await deleteEventEverywhere(store, realtime, eventId);
    deleted += 1;
  }
  return deleted;
}
