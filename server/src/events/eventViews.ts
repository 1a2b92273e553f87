import type { OrganizerEvent, PublicEvent } from '@rembuk/shared';
import type { StoredEvent } from '../storage/Storage.js';

/** What anyone in the event may see (participants, facilitators, projector): no keys, no join code echo. */
export function toPublicEvent(event: StoredEvent): PublicEvent {
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    place: event.place,
    timeZone: event.timeZone,
    language: event.language,
    categories: event.categories,
    groups: event.groups,
    purgeAt: event.purgeAt,
  };
}

export function toOrganizerEvent(event: StoredEvent): OrganizerEvent {
  return {
    ...toPublicEvent(event),
    joinCode: event.joinCode,
    createdAt: event.createdAt,
    settings: {
      allowReadingOtherGroups: event.settings.allowReadingOtherGroups,
      votesPerParticipant: event.settings.voteBudget.perParticipant,
      votesPerCard: event.settings.voteBudget.perCard,
      purgeAfterDays: event.settings.purgeAfterDays,
    },
  };
}
