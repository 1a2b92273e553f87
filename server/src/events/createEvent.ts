import {
  DEFAULT_CATEGORIES,
  DEFAULT_REGION_GROUPS,
  DEFAULT_VOTE_BUDGET,
  type CreateEventBody,
  type CreateEventReply,
  type EventId,
  type GroupId,
} from '@rembuk/shared';
import { hashKey, newEventId, newGroupId, newJoinCode, newSecretKey } from '../auth/secrets.js';
import type { EventStore, StoredEvent } from '../storage/Storage.js';
import { toOrganizerEvent } from './eventViews.js';
import { DEFAULT_PURGE_AFTER_DAYS, purgeTime } from '../util/retention.js';

const JOIN_CODE_ATTEMPTS = 5;

/** Create an event with its groups; the organizer key leaves this function once and is stored as a hash. */
export async function createEvent(store: EventStore, body: CreateEventBody, now = new Date()): Promise<CreateEventReply> {
  const organizerKey = newSecretKey();
  const groupNames = body.groups ?? DEFAULT_REGION_GROUPS;
  const base = {
    id: newEventId() as EventId,
    title: body.title,
    date: body.date ?? null,
    place: body.place?.trim() ? body.place.trim() : null,
    timeZone: body.timeZone,
    language: body.language,
    categories: [...(body.categories ?? DEFAULT_CATEGORIES)],
    groups: groupNames.map((name) => ({ id: newGroupId() as GroupId, name })),
    organizerKeyHash: hashKey(organizerKey),
    ticketSecret: newSecretKey(),
    settings: {
      allowReadingOtherGroups: false,
      voteBudget: { ...DEFAULT_VOTE_BUDGET },
      purgeAfterDays: body.purgeAfterDays ?? DEFAULT_PURGE_AFTER_DAYS,
    },
    createdAt: now.toISOString(),
  };
  // Join codes are short, so a collision is possible in principle: draw again until one is free.
  for (let attempt = 1; ; attempt++) {
    const event: StoredEvent = {
      ...base,
      joinCode: newJoinCode(),
      purgeAt: purgeTime(base, base.settings.purgeAfterDays),
    };
    if (await store.findEventByJoinCode(event.joinCode.replace('-', ''))) {
      if (attempt >= JOIN_CODE_ATTEMPTS) throw new Error('Could not draw a free join code');
      continue;
    }
    await store.createEvent(event);
    return { event: toOrganizerEvent(event), organizerKey };
  }
}
