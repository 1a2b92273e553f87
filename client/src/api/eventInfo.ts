import { DEFAULT_CATEGORIES, type EventId, type PublicEvent } from '@rembuk/shared';
import { ApiError, findEventByJoinCode, getEventWithKey, getOrganizerEvent } from './restClient.js';

/**
 * The public description of an event (title, group names, categories) for whoever holds one of its credentials:
 * the server answers it to every key of the event and to the join code. `null`: this credential cannot read it
 * (the page then names groups by id).
 */
export async function loadEventInfo(
  eventId: EventId,
  credential: { kind: 'organizer'; key: string } | { kind: 'joinCode'; joinCode: string } | { kind: 'key'; key: string },
): Promise<PublicEvent | null> {
  switch (credential.kind) {
    case 'organizer':
      return getOrganizerEvent(eventId, credential.key);
    case 'joinCode': {
      const event = await findEventByJoinCode(credential.joinCode);
      return event.id === eventId ? event : null;
    }
    case 'key':
      try {
        return await getEventWithKey(eventId, credential.key);
      } catch (error) {
        if (error instanceof ApiError && (error.reason === 'forbidden' || error.reason === 'unauthorized')) return null;
        throw error;
      }
  }
}

/** A stand-in when the names cannot be read: groups are named by their ids, categories are the defaults. */
export function eventWithoutNames(eventId: EventId, groupIds: readonly string[]): PublicEvent {
  return {
    id: eventId,
    title: '',
    date: null,
    place: null,
    timeZone: 'WITA',
    language: 'id',
    categories: [...DEFAULT_CATEGORIES],
    groups: groupIds.map((id) => ({ id: id as PublicEvent['groups'][number]['id'], name: id })),
    // Unknown here; nothing shown from this stand-in depends on it.
    purgeAt: '',
  };
}
