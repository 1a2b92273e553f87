import { storeFreshLinks } from './freshLinks.js';
import type { EventId } from '@rembuk/shared';
import { readStored, removeStored, writeStored } from './deviceStorage.js';
import { markEventUsed } from './eventsOnDevice.js';
import { forgetOwnCards } from './ownCards.js';
import { forgetPendingEdits } from './pendingEdits.js';

/**
 * Where the tokens that open a board live on this device. The organizer key stays in localStorage (it came in a
 * URL fragment, which servers never log) so the organizer page survives a reload and opens in a new tab; it is
 * forgotten after a session day unused (deviceRetention.ts). A participant's join code and pseudonym live in
 * sessionStorage only, so a shared phone forgets them when the tab closes; the participant ticket (a random
 * device id, signed) stays in localStorage so the device keeps its seat and its vote budget, for a few days.
 * Facilitator and projector keys are kept like the organizer key.
 */
const organizerKeyName = (eventId: EventId) => `rembuk.organizerKey.${eventId}`;
const participantName = (eventId: EventId) => `rembuk.participant.${eventId}`;
const ticketName = (eventId: EventId) => `rembuk.ticket.${eventId}`;
const linkKeyName = (role: LinkKeyRole, eventId: EventId) => `rembuk.${role}Key.${eventId}`;

/** Facilitator and projector links: the key, and the event's join code, which finds the group names. */
export type LinkKeyRole = 'facilitator' | 'projector';
export interface LinkKey {
  key: string;
  joinCode: string | null;
}

export function rememberLinkKey(role: LinkKeyRole, eventId: EventId, linkKey: LinkKey): void {
  markEventUsed(eventId);
  writeStored('local', linkKeyName(role, eventId), JSON.stringify(linkKey));
}

/** Reading a key is using it: its retention clock (deviceRetention.ts) starts again. */
export function linkKeyFor(role: LinkKeyRole, eventId: EventId): LinkKey | null {
  const value = parseObject(readStored('local', linkKeyName(role, eventId)));
  if (!value || typeof value.key !== 'string' || value.key === '') return null;
  markEventUsed(eventId);
  return { key: value.key, joinCode: typeof value.joinCode === 'string' && value.joinCode !== '' ? value.joinCode : null };
}

/**
 * Every token and note of this event in localStorage and sessionStorage (the board copies in IndexedDB go with
 * `forgetEventOnDevice`, which calls this).
 */
export function forgetEvent(eventId: EventId): void {
  forgetKeys(eventId);
  removeStored('local', ticketName(eventId));
  removeStored('session', participantName(eventId));
  removeStored('session', `rembuk.infoSeen.${eventId}`);
  forgetOwnCards(eventId);
  forgetPendingEdits(eventId);
}

/** The organizer, facilitator and projector keys: they open more than a board, so they are kept the shortest. */
export function forgetKeys(eventId: EventId): void {
  for (const name of [organizerKeyName(eventId), linkKeyName('facilitator', eventId), linkKeyName('projector', eventId)]) {
    removeStored('local', name);
  }
  // The links made on this device carry facilitator and projector secrets: they go with the keys.
  storeFreshLinks(eventId, []);
}

export function rememberTicket(eventId: EventId, ticket: string): void {
  writeStored('local', ticketName(eventId), ticket);
}

export function ticketFor(eventId: EventId): string | null {
  return readStored('local', ticketName(eventId));
}

export function rememberOrganizerKey(eventId: EventId, organizerKey: string): void {
  markEventUsed(eventId);
  writeStored('local', organizerKeyName(eventId), organizerKey);
}

/** Reading the key is using it: its retention clock (deviceRetention.ts) starts again. */
export function organizerKeyFor(eventId: EventId): string | null {
  const key = readStored('local', organizerKeyName(eventId));
  if (key) markEventUsed(eventId);
  return key;
}

export interface ParticipantPass {
  joinCode: string;
  /** Optional; empty means anonymous. */
  pseudonym: string;
}

export function rememberParticipant(eventId: EventId, pass: ParticipantPass): void {
  writeStored('session', participantName(eventId), JSON.stringify(pass));
}

export function participantPassFor(eventId: EventId): ParticipantPass | null {
  const value = parseObject(readStored('session', participantName(eventId)));
  if (!value || typeof value.joinCode !== 'string') return null;
  return { joinCode: value.joinCode, pseudonym: typeof value.pseudonym === 'string' ? value.pseudonym : '' };
}

function parseObject(stored: string | null): Record<string, unknown> | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
