import type { EventId } from '@rembuk/shared';
import { readStored, removeStored, writeStored } from './deviceStorage.js';
import { forgetOwnCards } from './ownCards.js';
import { forgetPendingEdits } from './pendingEdits.js';

/**
 * Where the tokens that open a board live on this device. The organizer key stays in localStorage (it came in a
 * URL fragment, which servers never log) so the organizer page survives a reload. A participant's join code and
 * pseudonym live in sessionStorage only, so a shared phone forgets them when the tab closes; the participant
 * ticket (a random device id, signed) stays in localStorage so the device keeps its seat and its vote budget.
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
  writeStored('local', linkKeyName(role, eventId), JSON.stringify(linkKey));
}

export function linkKeyFor(role: LinkKeyRole, eventId: EventId): LinkKey | null {
  const value = parseObject(readStored('local', linkKeyName(role, eventId)));
  if (!value || typeof value.key !== 'string' || value.key === '') return null;
  return { key: value.key, joinCode: typeof value.joinCode === 'string' && value.joinCode !== '' ? value.joinCode : null };
}

/** An organizer deleted the event: nothing of it is worth keeping on this device. */
export function forgetEvent(eventId: EventId): void {
  for (const name of [organizerKeyName(eventId), ticketName(eventId), linkKeyName('facilitator', eventId), linkKeyName('projector', eventId)]) {
    removeStored('local', name);
  }
  removeStored('session', participantName(eventId));
  forgetOwnCards(eventId);
  forgetPendingEdits(eventId);
}

export function rememberTicket(eventId: EventId, ticket: string): void {
  writeStored('local', ticketName(eventId), ticket);
}

export function ticketFor(eventId: EventId): string | null {
  return readStored('local', ticketName(eventId));
}

export function rememberOrganizerKey(eventId: EventId, organizerKey: string): void {
  writeStored('local', organizerKeyName(eventId), organizerKey);
}

export function organizerKeyFor(eventId: EventId): string | null {
  return readStored('local', organizerKeyName(eventId));
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
