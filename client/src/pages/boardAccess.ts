import type { EventId } from '@rembuk/shared';
import { organizerKeyFor, participantPassFor } from '../storage/credentials.js';

/** How this device may open an event's boards, from the tokens it holds. */
export type BoardAccess =
  | { role: 'participant'; token: string; pseudonym: string }
  | { role: 'organizer'; token: string };

/** A join made in this tab wins (it is what the person just chose); otherwise an organizer key kept on the device. */
export function boardAccessFor(eventId: EventId): BoardAccess | null {
  const pass = participantPassFor(eventId);
  if (pass) return { role: 'participant', token: pass.joinCode, pseudonym: pass.pseudonym };
  const organizerKey = organizerKeyFor(eventId);
  if (organizerKey) return { role: 'organizer', token: organizerKey };
  return null;
}
