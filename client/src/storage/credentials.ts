import type { EventId } from '@rembuk/shared';
import { readStored, writeStored } from './deviceStorage.js';

/**
 * Where the tokens that open a board live on this device. The organizer key stays in localStorage (it came in a
 * URL fragment, which servers never log) so the organizer page survives a reload. A participant's join code and
 * pseudonym live in sessionStorage only, so a shared phone forgets them when the tab closes; the participant
 * ticket (a random device id, signed) stays in localStorage so the device keeps its seat and its vote budget.
 */
const organizerKeyName = (eventId: EventId) => `rembuk.organizerKey.${eventId}`;
const participantName = (eventId: EventId) => `rembuk.participant.${eventId}`;
const ticketName = (eventId: EventId) => `rembuk.ticket.${eventId}`;

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
  const stored = readStored('session', participantName(eventId));
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const { joinCode, pseudonym } = value as Record<string, unknown>;
    if (typeof joinCode !== 'string') return null;
    return { joinCode, pseudonym: typeof pseudonym === 'string' ? pseudonym : '' };
  } catch {
    return null;
  }
}
