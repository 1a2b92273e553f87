import { DEFAULT_CATEGORIES, type EventId, type PublicEvent } from '@rembuk/shared';
import { ApiError, findEventByJoinCode, getOrganizerEvent } from './restClient.js';

/**
 * The public description of an event (title, group names, categories) for whoever holds one of its credentials.
 * The server answers it to the organizer key and to the join code only; a facilitator or projector link carries
 * the join code for that reason. `null`: this credential cannot read it (the page then names groups by id).
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
      // Only the organizer key reads the event over REST; a facilitator key is refused with 403.
      try {
        return await getOrganizerEvent(eventId, credential.key);
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
  };
}
